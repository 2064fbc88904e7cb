/** Imported data series as stored: every import recorded, and its values per unit, category and time. */
package vn.dieuhanh.series.entity;
