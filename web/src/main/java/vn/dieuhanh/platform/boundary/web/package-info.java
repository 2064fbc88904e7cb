/** What every part of the API and the pages shares: the API's root, its error answers, the known roles. */
package vn.dieuhanh.platform.boundary.web;
