/** The official documents of a directive and every version of their PDFs. */
package vn.dieuhanh.document.entity;
