/*
 * Repairs PrimeFaces 15 markup and behaviour that WCAG 2.1 AA (as axe checks it) refuses and that
 * no component attribute changes. Each repair runs on load and again whenever the page changes
 * (AJAX updates, overlays), before the browser next draws it.
 *
 * - p:fileUpload mode="simple" renders its file input with aria-hidden="true", although that input
 *   is the control keyboard users focus and operate (axe: aria-hidden-focus). Pages label it with
 *   p:outputLabel; the wrong attribute is taken away.
 * - p:messages puts role="alert" on the <li> of its list, which makes the list invalid (axe: list).
 *   The role moves to the box around the list, which announces the same text.
 * - p:selectOneMenu's focusable element is a <span role="combobox">; p:outputLabel points at it with
 *   for="...", which names only form elements (axe: aria-input-field-name). The combobox is named
 *   by the label with aria-labelledby instead.
 * - p:dataTable's cell navigation answers Enter on a link in a cell with a jQuery click, which does
 *   not follow the link: keyboard users could not open a row. Enter on such a link is kept from the
 *   cell, so the browser follows the link as usual.
 */
(function () {
    'use strict';

    function each(selector, action) {
        Array.prototype.forEach.call(document.querySelectorAll(selector), action);
    }

    function repair() {
        each('input[type="file"][aria-hidden="true"]', function (input) {
            input.removeAttribute('aria-hidden');
        });
        each('.ui-messages li[role="alert"]', function (item) {
            item.removeAttribute('role');
            item.removeAttribute('aria-atomic');
            var box = item.parentElement && item.parentElement.parentElement;
            if (box) {
                box.setAttribute('role', 'alert');
                box.setAttribute('aria-atomic', 'true');
            }
        });
        each('label.ui-outputlabel[for]', function (label) {
            var target = document.getElementById(label.getAttribute('for'));
            if (target && target.getAttribute('role') === 'combobox' && !target.hasAttribute('aria-labelledby')) {
                target.setAttribute('aria-labelledby', label.id);
                target.removeAttribute('aria-label');
            }
        });
    }

    document.addEventListener('keydown', function (event) {
        if ((event.key === 'Enter') && event.target.matches && event.target.matches('td[role="gridcell"] a[href]')) {
            event.stopPropagation();
        }
    }, true);

    document.addEventListener('DOMContentLoaded', function () {
        repair();
        new MutationObserver(repair).observe(document.body, {childList: true, subtree: true});
    });
})();
