/** i-Speed data over HTTP: sample imports and their error reports, a directive's figures, and the import page. */
package vn.dieuhanh.ispeed.boundary.web;
