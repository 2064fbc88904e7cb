/** Official documents with every version of their PDFs, and the registers' counters. */
package vn.dieuhanh.dispatch.entity;
