/** What units report against a directive's targets: kinds, judgement, roll-up, data series. */
package vn.dieuhanh.reporting.control;
