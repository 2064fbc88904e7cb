/** What the incoming register keeps: registered documents and the reminders sent about them. */
package vn.dieuhanh.incoming.entity;
