/**
 * The pages that show a directive's figures rather than act on it: the dashboard of the City
 * Office and the consolidating department, and the charts both it and the directive page draw.
 */
package vn.dieuhanh.dashboard.boundary.web;
