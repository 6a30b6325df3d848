/**
 * What every PDF Fakh writes draws with: the embedded DejaVu fonts ({@link ua.fakh.certificates.pdf.DejaVuFonts})
 * and measuring and wrapping text to a width ({@link ua.fakh.certificates.pdf.TextLines}). Stateless.
 */
package ua.fakh.certificates.pdf;
