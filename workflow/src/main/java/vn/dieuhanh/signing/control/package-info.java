/** PAdES signatures, the number and date fields, the seal, and their verification; keys behind {@link vn.dieuhanh.signing.control.KeySource}. */
package vn.dieuhanh.signing.control;
