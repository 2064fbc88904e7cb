/**
 * The shared kernel every feature and the web may use: the city's time and dates, plain text
 * and one-value JSON. Nothing here knows a feature.
 */
package vn.dieuhanh.platform.boundary;
