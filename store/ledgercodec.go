package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Ledger members and entries are stored in a compact binary form rather
// than JSON: they are written for every commitment and read on every
// ledger recomputation. Strings are a uvarint length and the bytes,
// integers varints, floats 8 bytes, optional numbers a presence byte
// first, and times Unix seconds (varint) and nanoseconds (uvarint), read
// back in UTC. A member's commitment id and date are in its key; its head
// comes first, so that groupEntries decodes only the head.

// codecVersion is the first byte of every encoded member and entry.
const codecVersion = 1

var errCorruptRecord = errors.New("corrupt ledger record (run pledgewatch check --repair)")

type encoder struct{ b []byte }

func (e *encoder) str(s string) {
	e.b = binary.AppendUvarint(e.b, uint64(len(s)))
	e.b = append(e.b, s...)
}
func (e *encoder) bytes(s []byte) {
	e.b = binary.AppendUvarint(e.b, uint64(len(s)))
	e.b = append(e.b, s...)
}
func (e *encoder) int(n int64)     { e.b = binary.AppendVarint(e.b, n) }
func (e *encoder) float(f float64) { e.b = binary.BigEndian.AppendUint64(e.b, math.Float64bits(f)) }
func (e *encoder) time(t time.Time) {
	e.int(t.Unix())
	e.b = binary.AppendUvarint(e.b, uint64(t.Nanosecond()))
}
func (e *encoder) optInt(p *int64)     { e.opt(p != nil, func() { e.int(*p) }) }
func (e *encoder) optFloat(p *float64) { e.opt(p != nil, func() { e.float(*p) }) }

func (e *encoder) opt(ok bool, put func()) {
	if !ok {
		e.b = append(e.b, 0)
		return
	}
	e.b = append(e.b, 1)
	put()
}

// decoder reads what encoder wrote; the first failure sticks in err.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail() { d.err, d.b = errCorruptRecord, nil }

func (d *decoder) uvarint() uint64 {
	n, w := binary.Uvarint(d.b)
	if w <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[w:]
	return n
}

func (d *decoder) int() int64 {
	n, w := binary.Varint(d.b)
	if w <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[w:]
	return n
}

func (d *decoder) bytes() []byte {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail()
		return nil
	}
	s := d.b[:n:n]
	d.b = d.b[n:]
	return s
}

func (d *decoder) str() string { return string(d.bytes()) }

func (d *decoder) float() float64 {
	if len(d.b) < 8 {
		d.fail()
		return 0
	}
	f := math.Float64frombits(binary.BigEndian.Uint64(d.b))
	d.b = d.b[8:]
	return f
}

func (d *decoder) time() time.Time {
	sec := d.int()
	nsec := d.uvarint()
	if nsec >= 1e9 {
		d.fail()
	}
	return time.Unix(sec, int64(nsec)).UTC()
}

func (d *decoder) present() bool {
	if len(d.b) == 0 || d.b[0] > 1 {
		d.fail()
		return false
	}
	ok := d.b[0] == 1
	d.b = d.b[1:]
	return ok
}

func (d *decoder) optInt() *int64 {
	if !d.present() {
		return nil
	}
	n := d.int()
	return &n
}

func (d *decoder) optFloat() *float64 {
	if !d.present() {
		return nil
	}
	f := d.float()
	return &f
}

func (d *decoder) version() {
	if len(d.b) == 0 || d.b[0] != codecVersion {
		d.fail()
		return
	}
	d.b = d.b[1:]
}

func (e *encoder) head(h *entryHead) {
	e.str(h.Actor)
	e.str(string(h.Kind))
	e.str(string(h.Status))
	e.optInt(h.Troops)
	e.optFloat(h.Amount)
	e.str(h.Currency)
	e.str(h.Item)
	e.optInt(h.Count)
	e.str(h.Recipient)
}

func (d *decoder) head() entryHead {
	return entryHead{Actor: d.str(), Kind: news.Kind(d.str()), Status: news.Status(d.str()), Troops: d.optInt(),
		Amount: d.optFloat(), Currency: d.str(), Item: d.str(), Count: d.optInt(), Recipient: d.str()}
}

// encodeMember encodes m, less the commitment id and date of its key.
func encodeMember(m *memberRec) []byte {
	e := encoder{b: []byte{codecVersion}}
	e.head(&m.Head)
	s := &m.Source
	e.str(s.ArticleID)
	e.str(s.URL)
	e.str(s.Source)
	e.str(s.Evidence)
	e.float(s.Confidence)
	e.str(string(s.Review))
	return e.b
}

// decodeMemberHead decodes the head of a member value.
func decodeMemberHead(v []byte) (entryHead, error) {
	d := decoder{b: v}
	d.version()
	h := d.head()
	return h, d.err
}

// decodeMember decodes the member value v of key k.
func decodeMember(k, v []byte) (memberRec, error) {
	date, id, err := splitMemberKey(k)
	if err != nil {
		return memberRec{}, err
	}
	d := decoder{b: v}
	d.version()
	m := memberRec{Head: d.head()}
	m.Source = LedgerSource{CommitmentID: id, ArticleID: d.str(), URL: d.str(), Source: d.str(), Date: date,
		Evidence: d.str(), Confidence: d.float(), Review: news.ReviewState(d.str())}
	if d.err == nil && len(d.b) != 0 {
		d.fail()
	}
	if d.err != nil {
		return memberRec{}, fmt.Errorf("store: ledger member %x: %w", k, d.err)
	}
	return m, nil
}

// encodeEntry encodes a stored entry (its sources are not stored).
func encodeEntry(se *storedEntry) []byte {
	e := encoder{b: []byte{codecVersion}}
	le := &se.LedgerEntry
	e.str(le.ID)
	e.head(&entryHead{Actor: le.Actor, Kind: le.Kind, Status: le.Status, Troops: le.Troops, Amount: le.Amount,
		Currency: le.Currency, Item: le.Item, Count: le.Count, Recipient: le.Recipient})
	e.time(le.First)
	e.time(le.Last)
	e.bytes(se.Group)
	e.int(int64(se.N))
	return e.b
}

// decodeEntry decodes a stored entry.
func decodeEntry(v []byte) (storedEntry, error) {
	d := decoder{b: v}
	d.version()
	id := d.str()
	h := d.head()
	se := storedEntry{LedgerEntry: LedgerEntry{ID: id, Actor: h.Actor, Kind: h.Kind, Status: h.Status, Troops: h.Troops,
		Amount: h.Amount, Currency: h.Currency, Item: h.Item, Count: h.Count, Recipient: h.Recipient,
		First: d.time(), Last: d.time()}}
	se.Group = append([]byte(nil), d.bytes()...)
	se.N = int(d.int())
	if d.err == nil && len(d.b) != 0 {
		d.fail()
	}
	if d.err != nil {
		return storedEntry{}, fmt.Errorf("store: decode ledger entry: %w", d.err)
	}
	return se, nil
}
