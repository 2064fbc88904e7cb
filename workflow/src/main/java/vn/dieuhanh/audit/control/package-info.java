/** Appending to the hash chain, verifying it, and reading the engine's history beside it. */
package vn.dieuhanh.audit.control;
