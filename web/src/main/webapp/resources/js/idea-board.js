/*
 * Drag a card on the ideas board onto a column to move the idea there. Only the moves the card
 * offers (data-moves, what the caller's role and side allow) are accepted; the server checks again.
 * Every drag is also a button on the card, for the keyboard and for screen readers.
 */
(function () {
    function moves(card) {
        return (card.getAttribute('data-moves') || '').replace(/[\[\]\s]/g, '').split(',').filter(Boolean);
    }
    var dragged = null;
    document.querySelectorAll('.tandem-board-card[draggable="true"]').forEach(function (card) {
        card.addEventListener('dragstart', function (event) {
            dragged = card;
            event.dataTransfer.setData('text/plain', card.getAttribute('data-idea'));
        });
        card.addEventListener('dragend', function () {
            dragged = null;
        });
    });
    document.querySelectorAll('.tandem-board-column').forEach(function (column) {
        var status = column.getAttribute('data-status');
        column.addEventListener('dragover', function (event) {
            if (dragged && moves(dragged).indexOf(status) >= 0 && status !== 'REJECTED') {
                event.preventDefault();
            }
        });
        column.addEventListener('drop', function (event) {
            event.preventDefault();
            if (dragged && moves(dragged).indexOf(status) >= 0 && status !== 'REJECTED') {
                // a drop does what the card's button for that move does, its confirmation included
                var button = dragged.querySelector('button[data-move="' + status + '"]');
                if (button) {
                    button.click();
                } else {
                    tandemMoveIdea([{name: 'idea', value: dragged.getAttribute('data-idea')}, {name: 'to', value: status}]);
                }
            }
        });
    });
})();
