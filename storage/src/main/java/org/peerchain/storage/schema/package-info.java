/** Which columns peerchain stores, declared once with stable ids. */
package org.peerchain.storage.schema;
