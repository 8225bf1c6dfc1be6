/**
 * Formulas in printed documents: user text with LaTeX between the delimiters the browser knows ({@code
 * static/js/math.js}) becomes XHTML that the PDF printer draws — fractions, roots, scripts and symbols with the print
 * layout's CSS — since no MathML renderer runs on the server. What it cannot draw is printed as written.
 */
@NullMarked
package vn.edu.ecenter.platform.documents.math;

import org.jspecify.annotations.NullMarked;
