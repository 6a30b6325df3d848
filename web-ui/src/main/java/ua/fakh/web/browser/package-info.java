/**
 * What a browser brings with every request, below the pages that use it: whether it came over HTTPS,
 * its session cookie and its CSRF token. Pages, error pages, the CSRF filter and sign-in all depend
 * on this package; it depends on none of them.
 */
package ua.fakh.web.browser;
