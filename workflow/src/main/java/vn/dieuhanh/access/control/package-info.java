/** The one read policy (who may read a directive, its documents, trail and figures) and what feeds it. */
package vn.dieuhanh.access.control;
