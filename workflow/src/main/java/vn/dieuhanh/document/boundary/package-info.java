/** Official documents: drawn up, signed, numbered, sealed, stored and verified, inside the caller's action. */
package vn.dieuhanh.document.boundary;
