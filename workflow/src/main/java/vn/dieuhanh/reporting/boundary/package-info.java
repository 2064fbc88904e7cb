/**
 * What units report against targets, as the other features and the web use it: target rules, data
 * series, a period's results, the values units enter. It knows no directive: a directive hands in
 * a {@link ReportingScope} and a {@link PeriodWindow}, so reporting never depends on it.
 */
package vn.dieuhanh.reporting.boundary;
