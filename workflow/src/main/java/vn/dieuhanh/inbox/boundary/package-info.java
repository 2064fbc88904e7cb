/**
 * The official's inbox as the pages see it: the tasks offered to them, a task's case as its history
 * reads, and what they do to a task without deciding it (take, give back, hand over, comment), audited.
 */
package vn.dieuhanh.inbox.boundary;
