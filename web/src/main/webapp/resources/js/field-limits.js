/*
 * A live counter under every text field with a length limit (data-limit="n"). The browser must
 * not cut what is typed or pasted (no maxlength): the user sees how far over the limit the text
 * is, and the server refuses an over-long text with a message. Line breaks count as two
 * characters, as the form sends them. The counter's words come from the page
 * (#field-limit-texts, from the message bundle); {0} is the length, {1} the limit, {2} the excess.
 */
(function () {
    'use strict';

    function format(template, values) {
        return template.replace(/\{(\d)\}/g, function (placeholder, index) {
            return values[index];
        });
    }

    function counterOf(field) {
        var id = field.id + '-counter';
        var counter = document.getElementById(id);
        if (!counter) {
            counter = document.createElement('span');
            counter.id = id;
            counter.className = 'tandem-hint tandem-counter';
            field.insertAdjacentElement('afterend', counter);
            field.setAttribute('aria-describedby', id);
        }
        return counter;
    }

    function update(field) {
        var texts = document.getElementById('field-limit-texts');
        if (!texts || !field.id) {
            return;
        }
        var limit = parseInt(field.getAttribute('data-limit'), 10);
        var length = field.value.replace(/\r?\n/g, '\r\n').length;
        counterOf(field).textContent = length > limit
            ? format(texts.getAttribute('data-over'), [length, limit, length - limit])
            : format(texts.getAttribute('data-count'), [length, limit]);
    }

    function updateAll() {
        Array.prototype.forEach.call(document.querySelectorAll('[data-limit]'), update);
    }

    document.addEventListener('input', function (event) {
        if (event.target.matches && event.target.matches('[data-limit]')) {
            update(event.target);
        }
    });
    document.addEventListener('DOMContentLoaded', function () {
        updateAll();
        if (window.jQuery) {
            // Fields re-rendered by a PrimeFaces AJAX update come back without their counter.
            window.jQuery(document).on('pfAjaxComplete', updateAll);
        }
    });
})();
