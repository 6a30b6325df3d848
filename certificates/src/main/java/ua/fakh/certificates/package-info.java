/**
 * Certificates: issuing on completion, numbering, rendering, signing, verification (issue 5).
 */
package ua.fakh.certificates;
