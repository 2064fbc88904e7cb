/**
 * Documents laid out by Decree 30/2020 and filled from a directive's data; register numbers
 * taken without gaps; PDF signatures and seals made and checked with iText.
 */
package vn.dieuhanh.dispatch.control;
