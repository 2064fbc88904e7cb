/** Gap-free numbers per register and year (Decree 30/2020, Art. 15 and 22), given inside the caller's transaction. */
package vn.dieuhanh.numbering.control;
