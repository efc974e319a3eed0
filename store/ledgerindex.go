package store

import "encoding/binary"

// ledgerIdxPrefix is the prefix of the ledger_idx keys of the entries
// whose field (named by the commitment index that serves it in queries)
// has value (the ledger is filtered by actor, kind, status and currency
// only: useKept).
func ledgerIdxPrefix(index []byte, value string) []byte {
	return append(append([]byte{fieldCode(index)}, value...), 0)
}

// ledgerIdxKeys returns the ledger_idx keys of entry e stored under key:
// one per field with a value (no query filters by an empty one, such as
// the currency of an entry that is not money).
func ledgerIdxKeys(e *LedgerEntry, key []byte) [][]byte {
	var out [][]byte
	for _, f := range []struct {
		index []byte
		value string
	}{{bActor, e.Actor}, {bKind, string(e.Kind)}, {bStatus, string(e.Status)}, {bCurrency, e.Currency}} {
		if f.value == "" {
			continue
		}
		out = append(out, append(ledgerIdxPrefix(f.index, f.value), key...))
	}
	return out
}

// joinKeys and splitKeys encode a list of keys as one value.
func joinKeys(ks [][]byte) []byte {
	var b []byte
	for _, k := range ks {
		b = binary.AppendUvarint(b, uint64(len(k)))
		b = append(b, k...)
	}
	return b
}

func splitKeys(b []byte) [][]byte {
	var out [][]byte
	for len(b) > 0 {
		n, w := binary.Uvarint(b)
		if w <= 0 || uint64(len(b)-w) < n {
			break
		}
		out = append(out, b[w:w+int(n)])
		b = b[w+int(n):]
	}
	return out
}
