/**
 * Any data series fed by a file: reading and checking CSV and JSON Lines files strictly, and the
 * source that serves every series imported so, for measured targets of any directive.
 */
package vn.dieuhanh.series.control;
