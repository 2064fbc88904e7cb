/** The audit trail as stored: hash-chained entries and the head row that serialises appends. */
package vn.dieuhanh.audit.entity;
