package org.momentos.signal.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.momentos.signal.Receipt;
import org.momentos.signal.Receipt.Accepted;
import org.momentos.signal.Receipt.Duplicate;
import org.momentos.signal.Receipt.Rejected;

/** The JSON shape of a receipt, the same for the API and for webhooks. */
final class ReceiptDocuments {

	private ReceiptDocuments() {
	}

	static Map<String, Object> of(Receipt receipt) {
		Map<String, Object> document = new LinkedHashMap<>();
		switch (receipt) {
			case Accepted accepted -> {
				document.put("status", "accepted");
				document.put("id", accepted.signal().value());
			}
			case Duplicate duplicate -> {
				document.put("status", "duplicate");
				document.put("id", duplicate.signal().value());
			}
			case Rejected rejected -> {
				document.put("status", "rejected");
				document.put("field", rejected.field());
				document.put("reason", rejected.reason());
			}
		}
		return document;
	}

}
