package store

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"maps"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// The default ledger (DefaultWindow, rejected commitments left out) and
// the totals over it are kept up to date on write, in the transaction that
// changes a commitment:
//
//   - A group is the set of commitments with the same ledgerKey (actor,
//     kind, status, value).
//   - ledger_members holds one key per non-rejected commitment:
//     group id | ascending date key | commitment id → memberRec (what the
//     ledger shows of the report).
//   - ledger holds the entries of every group: dateKey(Last) | entry id →
//     storedEntry (the entry without its sources, which are the members of
//     its group dated First…Last), in the order Ledger returns them.
//   - ledger_idx indexes the entries by actor, kind, status and currency.
//   - ledger_groups maps a group id to the keys of its entries in ledger.
//   - totals holds sums over the entries: small records per status, kind,
//     actor, currency and year, month and day of the entry's first report
//     (a sum reads the coarsest over which the exchange rate is constant).
//
// writeCommit marks the groups a change touches; txWriter.flush recomputes
// each marked group from its members (a group is small: the reports of one
// commitment; only keys are read, and the first report of each entry),
// replaces the entries that changed and moves the totals from the old
// entries to the new.

var (
	bLedgerMembers = []byte("ledger_members")
	bLedger        = []byte("ledger")
	bLedgerGroups  = []byte("ledger_groups")
	bTotals        = []byte("totals")
	bLedgerIdx     = []byte("ledger_idx") // field | value 0x00 | entry key → nil
)

const groupIDLen = 16

// groupID is a fixed-length digest of the ledger key of c, so that member
// keys are unambiguous whatever bytes an item name holds.
func groupID(c *news.Commitment) []byte {
	h := sha256.Sum256([]byte(ledgerKey(c)))
	return h[:groupIDLen]
}

// ascDateKey encodes t so that earlier times sort first.
func ascDateKey(t time.Time) []byte {
	k := dateKey(t)
	for i := range k {
		k[i] = ^k[i]
	}
	return k
}

func memberKey(gid []byte, t time.Time, id string) []byte {
	k := make([]byte, 0, groupIDLen+dateKeyLen+len(id))
	k = append(append(k, gid...), ascDateKey(t)...)
	return append(k, id...)
}

// txWriter is the state of one write transaction: the ledger groups its
// commitment writes touched, with the dates of the reports that changed.
type txWriter struct {
	tx    *bolt.Tx
	dirty map[string]span
	// The word index changes of the transaction (see setWord).
	lists map[string][]byte
	words map[string]map[string]wordChange
	// fold writes the posting changes into the chunks rather than the
	// word log (see flushLog).
	fold bool
}

// span is the range of report dates a transaction changed in a group, or
// the whole group.
type span struct {
	lo, hi time.Time
	full   bool
}

func newTxWriter(tx *bolt.Tx) *txWriter {
	return &txWriter{tx: tx, dirty: map[string]span{}, lists: map[string][]byte{}, words: map[string]map[string]wordChange{}}
}

// touch marks the group of r (nil or rejected: none) for recomputation
// around r's date.
func (w *txWriter) touch(r *commitRec) {
	if r == nil {
		return
	}
	c := r.effective()
	if !inLedger(&c) {
		// A rejected commitment or a pending suggestion is in no group;
		// the group it left is the one of its previous record, which
		// writeCommit touches too.
		return
	}
	g := string(groupID(&c))
	sp, ok := w.dirty[g]
	if !ok {
		sp = span{lo: r.Date, hi: r.Date}
	}
	if r.Date.Before(sp.lo) {
		sp.lo = r.Date
	}
	if r.Date.After(sp.hi) {
		sp.hi = r.Date
	}
	w.dirty[g] = sp
}

// flush writes the word index changes and recomputes every touched
// group. It must run before the transaction commits.
func (w *txWriter) flush() error {
	if err := w.flushWords(); err != nil {
		return err
	}
	gids := make([][]byte, 0, len(w.dirty))
	for g := range w.dirty {
		gids = append(gids, []byte(g))
	}
	slices.SortFunc(gids, bytes.Compare)
	spans := make([]span, len(gids))
	for i, g := range gids {
		spans[i] = w.dirty[string(g)]
	}
	clear(w.dirty)
	td := totalsDelta{}
	if err := recomputeGroups(w.tx, gids, spans, td); err != nil {
		return err
	}
	return td.write(w.tx)
}

// groupItem is one entry in a group's list (ledger_groups): the date of
// its first report and its key in ledger.
type groupItem struct {
	first []byte // ascDateKey(First)
	key   []byte
}

func (it groupItem) id() string { return string(it.key[dateKeyLen:]) }

func splitGroupItems(b []byte) ([]groupItem, error) {
	var out []groupItem
	for _, k := range splitKeys(b) {
		if len(k) <= 2*dateKeyLen {
			return nil, fmt.Errorf("store: corrupt ledger group item %x", k)
		}
		out = append(out, groupItem{first: k[:dateKeyLen], key: k[dateKeyLen:]})
	}
	return out, nil
}

func joinGroupItems(items []groupItem) []byte {
	ks := make([][]byte, len(items))
	for i, it := range items {
		ks[i] = append(append([]byte(nil), it.first...), it.key...)
	}
	return joinKeys(ks)
}

// groupEntries builds entries of one group from the keys of its members
// (date ascending, then id), with the default window, starting at the
// member key seek; an entry takes its values from its first report. When
// stop is not nil and a new entry would start at a member dated after
// after whose ascending date key and id stop knows, it stops there and
// returns stop's value as next (else -1).
func groupEntries(tx *bolt.Tx, gid, seek []byte, after time.Time, stop map[string]int) (out []storedEntry, next int, err error) {
	c := tx.Bucket(bLedgerMembers).Cursor()
	for k, v := c.Seek(seek); k != nil && bytes.HasPrefix(k, gid); k, v = c.Next() {
		date, id, err := splitMemberKey(k)
		if err != nil {
			return nil, -1, err
		}
		if len(out) == 0 || date.Sub(out[len(out)-1].First) > DefaultWindow {
			if stop != nil && date.After(after) {
				if i, ok := stop[string(k[groupIDLen:])]; ok {
					return out, i, nil
				}
			}
			h, err := decodeMemberHead(v)
			if err != nil {
				return nil, -1, fmt.Errorf("store: ledger member %s: %w", id, err)
			}
			out = append(out, storedEntry{LedgerEntry: LedgerEntry{ID: id, Actor: h.Actor, Kind: h.Kind, Status: h.Status,
				Troops: h.Troops, Amount: h.Amount, Currency: h.Currency, Item: h.Item, Count: h.Count,
				Recipient: h.Recipient, First: date}, Group: append([]byte(nil), gid...)})
		}
		e := &out[len(out)-1]
		e.Last = date
		e.N++
	}
	return out, -1, nil
}

// addToLedger adds one report, given in date order, to the entries of its
// group: to the last entry when within window of its first report, else as
// a new entry.
func addToLedger(es []LedgerEntry, c *news.Commitment, date time.Time, source string, window time.Duration) []LedgerEntry {
	if len(es) == 0 || date.Sub(es[len(es)-1].First) > window {
		es = append(es, LedgerEntry{ID: c.ID, Actor: c.Actor, Kind: c.Kind, Status: c.Status,
			Troops: c.Troops, Amount: c.Amount, Currency: c.Currency, Item: c.Item, Count: c.Count,
			Recipient: c.Recipient, First: date})
	}
	e := &es[len(es)-1]
	e.Last = date
	e.Sources = append(e.Sources, LedgerSource{CommitmentID: c.ID, ArticleID: c.ArticleID, URL: c.URL,
		Source: source, Date: date, Evidence: c.Evidence, Confidence: c.Confidence, Review: c.Review})
	return es
}

func ledgerEntryKey(e *LedgerEntry) []byte { return sortKey(e.Last, e.ID) }

// groupUpdate is the change of one group's entries.
type groupUpdate struct {
	gid     []byte
	entries []storedEntry // rebuilt
	keys    [][]byte      // of entries
	vals    [][]byte      // of entries; nil where the stored entry is equal
	old     [][]byte      // keys of stored entries to remove
	items   []groupItem   // the group's new entry list
}

// planGroup recomputes the entries of group gid that the changes in sp
// can affect, and compares them with the stored ones. Entries are built
// greedily from the oldest report, so the entries that start before the
// last one starting at or before sp.lo are unaffected, and once an entry
// starts after sp.hi at the report a stored entry starts at, the rest is
// as stored.
func planGroup(tx *bolt.Tx, gid []byte, sp span) (*groupUpdate, error) {
	stored, err := splitGroupItems(tx.Bucket(bLedgerGroups).Get(gid))
	if err != nil {
		return nil, err
	}
	j, seek := 0, gid
	var stop map[string]int
	if !sp.full {
		lo := ascDateKey(sp.lo)
		for i := range stored {
			if bytes.Compare(stored[i].first, lo) > 0 {
				break
			}
			j = i
		}
		if len(stored) > 0 && bytes.Compare(stored[0].first, lo) <= 0 {
			seek = append(append([]byte(nil), gid...), stored[j].first...)
		} else {
			j = 0
		}
		stop = map[string]int{}
		for i := j + 1; i < len(stored); i++ {
			stop[string(stored[i].first)+stored[i].id()] = i
		}
	}
	entries, next, err := groupEntries(tx, gid, seek, sp.hi, stop)
	if err != nil {
		return nil, err
	}
	if next < 0 {
		next = len(stored)
	}
	u := &groupUpdate{gid: gid, entries: entries}
	u.items = append(u.items, stored[:j]...)
	replaced := map[string]bool{}
	for _, it := range stored[j:next] {
		replaced[string(it.key)] = true
	}
	ledger := tx.Bucket(bLedger)
	for i := range entries {
		e := &entries[i]
		k := ledgerEntryKey(&e.LedgerEntry)
		v := encodeEntry(e)
		if replaced[string(k)] && bytes.Equal(ledger.Get(k), v) {
			delete(replaced, string(k))
			v = nil
		}
		u.keys, u.vals = append(u.keys, k), append(u.vals, v)
		u.items = append(u.items, groupItem{first: ascDateKey(e.First), key: k})
	}
	u.items = append(u.items, stored[next:]...)
	for k := range replaced {
		u.old = append(u.old, []byte(k))
	}
	slices.SortFunc(u.old, bytes.Compare)
	return u, nil
}

// recomputeGroups replaces the stored entries of the groups gids with
// ones built from their current members, adds the change of the totals
// to td, and returns it. An entry key (last date, first commitment id)
// may pass from one group to another when a correction moves a
// commitment, so the stored entries to replace are gathered from every
// group first: a key stored again is replaced in place (its index keys
// and totals move only where they differ), the others are deleted.
func recomputeGroups(tx *bolt.Tx, gids [][]byte, spans []span, td totalsDelta) error {
	us := make([]*groupUpdate, 0, len(gids))
	ledger, idx, groups := tx.Bucket(bLedger), tx.Bucket(bLedgerIdx), tx.Bucket(bLedgerGroups)
	olds := map[string]*LedgerEntry{}
	for i, g := range gids {
		u, err := planGroup(tx, g, spans[i])
		if err != nil {
			return err
		}
		us = append(us, u)
		for _, k := range u.old {
			v := ledger.Get(k)
			if v == nil {
				return fmt.Errorf("store: ledger entry %x: %w", k, ErrNotFound)
			}
			e, err := decodeEntry(v)
			if err != nil {
				return err
			}
			olds[string(k)] = &e.LedgerEntry
		}
	}
	for _, u := range us {
		for i, k := range u.keys {
			if u.vals[i] == nil {
				continue
			}
			e := &u.entries[i].LedgerEntry
			var oldIdx [][]byte
			if o := olds[string(k)]; o != nil {
				delete(olds, string(k))
				td.add(o, -1)
				oldIdx = ledgerIdxKeys(o, k)
			}
			td.add(e, 1)
			if err := ledger.Put(k, u.vals[i]); err != nil {
				return fmt.Errorf("store: ledger: %w", err)
			}
			newIdx := ledgerIdxKeys(e, k)
			if err := moveKeys(idx, oldIdx, newIdx); err != nil {
				return err
			}
		}
		var err error
		if len(u.items) == 0 {
			err = groups.Delete(u.gid)
		} else {
			err = groups.Put(u.gid, joinGroupItems(u.items))
		}
		if err != nil {
			return fmt.Errorf("store: ledger groups: %w", err)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(olds)) {
		o := olds[k]
		td.add(o, -1)
		if err := ledger.Delete([]byte(k)); err != nil {
			return fmt.Errorf("store: ledger: %w", err)
		}
		if err := moveKeys(idx, ledgerIdxKeys(o, []byte(k)), nil); err != nil {
			return err
		}
	}
	return nil
}

// moveKeys deletes the keys of old that are not in cur from b and puts
// those of cur that are not in old.
func moveKeys(b *bolt.Bucket, old, cur [][]byte) error {
	for _, k := range old {
		if !slices.ContainsFunc(cur, func(c []byte) bool { return bytes.Equal(c, k) }) {
			if err := b.Delete(k); err != nil {
				return fmt.Errorf("store: ledger index: %w", err)
			}
		}
	}
	for _, k := range cur {
		if !slices.ContainsFunc(old, func(o []byte) bool { return bytes.Equal(o, k) }) {
			if err := b.Put(k, nil); err != nil {
				return fmt.Errorf("store: ledger index: %w", err)
			}
		}
	}
	return nil
}
