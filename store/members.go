package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// memberRec is the value of a ledger member key: the report as a ledger
// source, and the values an entry takes from its first report.
type memberRec struct {
	Source LedgerSource `json:"s"`
	Head   entryHead    `json:"h"`
}

type entryHead struct {
	Actor     string      `json:"actor"`
	Kind      news.Kind   `json:"kind"`
	Status    news.Status `json:"status"`
	Troops    *int64      `json:"troops,omitempty"`
	Amount    *float64    `json:"amount,omitempty"`
	Currency  string      `json:"currency,omitempty"`
	Item      string      `json:"item,omitempty"`
	Count     *int64      `json:"count,omitempty"`
	Recipient string      `json:"recipient,omitempty"`
}

// storedEntry is the value of a ledger key: the entry without its
// sources, its group and how many reports it has.
type storedEntry struct {
	LedgerEntry
	Group []byte `json:"group"`
	N     int    `json:"n"`
}

// member returns the ledger member key and value of record r (effective
// values c), or nil for a commitment that is in no group (inLedger).
func member(r *commitRec, c *news.Commitment) (key, value []byte, err error) {
	if r == nil || !inLedger(c) {
		return nil, nil, nil
	}
	m := memberRec{
		Source: LedgerSource{CommitmentID: c.ID, ArticleID: c.ArticleID, URL: c.URL, Source: r.Source, Date: r.Date,
			Evidence: c.Evidence, Confidence: c.Confidence, Review: c.Review},
		Head: entryHead{Actor: c.Actor, Kind: c.Kind, Status: c.Status, Troops: c.Troops, Amount: c.Amount,
			Currency: c.Currency, Item: c.Item, Count: c.Count, Recipient: c.Recipient},
	}
	return memberKey(groupID(c), r.Date, c.ID), encodeMember(&m), nil
}

// writeMember brings the member entry from old's to rec's (either may be
// nil) and reports whether it changed.
func writeMember(tx *bolt.Tx, old, rec *commitRec) (bool, error) {
	var oldKey, newKey, newVal []byte
	var err error
	if old != nil {
		if c := old.effective(); inLedger(&c) {
			oldKey = memberKey(groupID(&c), old.Date, c.ID)
		}
	}
	if rec != nil {
		c := rec.effective()
		if newKey, newVal, err = member(rec, &c); err != nil {
			return false, err
		}
	}
	b := tx.Bucket(bLedgerMembers)
	changed := false
	if oldKey != nil && !bytes.Equal(oldKey, newKey) {
		if err := b.Delete(oldKey); err != nil {
			return false, fmt.Errorf("store: ledger member: %w", err)
		}
		changed = true
	}
	// A new commitment (old nil) has no member key yet: no need to read it.
	if newKey != nil && (old == nil || !bytes.Equal(b.Get(newKey), newVal)) {
		if err := b.Put(newKey, newVal); err != nil {
			return false, fmt.Errorf("store: ledger member: %w", err)
		}
		changed = true
	}
	return changed, nil
}

// splitMemberKey returns the date and commitment id of a member key.
func splitMemberKey(k []byte) (time.Time, string, error) {
	if len(k) <= groupIDLen+dateKeyLen {
		return time.Time{}, "", fmt.Errorf("store: corrupt ledger member key %x", k)
	}
	d := k[groupIDLen : groupIDLen+dateKeyLen]
	sec := int64(binary.BigEndian.Uint64(d[:8]) ^ (1 << 63))
	nsec := int64(binary.BigEndian.Uint32(d[8:]))
	return time.Unix(sec, nsec).UTC(), string(k[groupIDLen+dateKeyLen:]), nil
}

// entrySources reads the sources of a stored entry: the members of its
// group dated First…Last, oldest first.
func entrySources(tx *bolt.Tx, e *storedEntry) ([]LedgerSource, error) {
	out := make([]LedgerSource, 0, e.N)
	hi := ascDateKey(e.Last)
	c := tx.Bucket(bLedgerMembers).Cursor()
	lo := append(append([]byte(nil), e.Group...), ascDateKey(e.First)...)
	for k, v := c.Seek(lo); k != nil && bytes.HasPrefix(k, e.Group) && len(k) > groupIDLen+dateKeyLen &&
		bytes.Compare(k[groupIDLen:groupIDLen+dateKeyLen], hi) <= 0; k, v = c.Next() {
		m, err := decodeMember(k, v)
		if err != nil {
			return nil, err
		}
		out = append(out, m.Source)
	}
	if len(out) != e.N {
		return nil, fmt.Errorf("store: ledger entry %s has %d sources, want %d (the ledger is out of step: see Store.CheckDerived)", e.ID, len(out), e.N)
	}
	return out, nil
}

// inLedger reports whether commitment c (effective values) counts in the
// ledger, the totals and the queries that name no review state: every
// commitment but a rejected one and a suggestion still pending review
// (news.Commitment.Suggested). Stores written by rules before rules-12
// hold no suggestions, so their kept ledger needs no rebuild for this.
func inLedger(c *news.Commitment) bool {
	return c.Review != news.ReviewRejected && !c.Suggested()
}
