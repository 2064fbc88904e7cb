/** Incoming documents: received, then registered by the records clerk in the incoming register (sổ văn bản đến). */
package vn.dieuhanh.incoming.boundary;
