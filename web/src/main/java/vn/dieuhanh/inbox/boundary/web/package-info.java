/** The official's inbox: the tasks waiting for the roles the signed-in user holds. */
package vn.dieuhanh.inbox.boundary.web;
