package store

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"math"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Page sizes.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

// ReviewAll is the Query.Review value that selects every review state,
// rejected included.
const ReviewAll = "all"

// ReviewReviewed is the Query.Review value that selects the commitments a
// reviewer confirmed: accepted or corrected.
const ReviewReviewed = "reviewed"

// Query selects commitments. Empty fields do not filter. Filters apply to
// effective values (corrections override machine values).
type Query struct {
	// Country is the actor: an ISO 3166-1 alpha-2 code (any case), "EU",
	// "NATO" or "group:<name>".
	Country string
	// Kind is a news.Kind, Status a news.Status.
	Kind, Status string
	// Review is a review state: "none", "pending", "accepted", "rejected",
	// "corrected", ReviewReviewed (accepted or corrected) or ReviewAll.
	// Empty selects every state but rejected, and leaves out suggestions
	// still pending review (news.Commitment.Suggested).
	Review string
	// Source is the configured source name of the article.
	Source string
	// Currency is a three-letter code (any case).
	Currency string
	// Text is one or more words (at most 8), each of which must appear in
	// the evidence or the article's title: whole words, any case. A word is
	// a run of letters and digits ("2,500" is the words 2 and 500).
	Text string
	// Since (inclusive) and Until (exclusive) bound the article's published
	// date (its fetch date when the published date is unknown).
	Since, Until time.Time
	// MinAmount and MaxAmount (inclusive) bound the commitment's quantity:
	// Amount for money, Troops for troops, Count otherwise. Commitments
	// without a quantity do not match when either is set.
	MinAmount, MaxAmount *float64
	// Cursor is Next of the previous page, or empty for the first page.
	Cursor string
	// Limit is the page size: default DefaultLimit, at most MaxLimit.
	Limit int
}

// Page is one page of commitments, ordered by date descending, then id.
// Items carry URL, Published and Review, and effective (corrected) values.
type Page struct {
	Items []news.Commitment
	// Next is the cursor of the following page, empty on the last.
	Next string
}

// Commitments returns one page of the commitments matching q. Paging with
// Next visits every match exactly once while the store does not change.
// Errors for invalid parameters wrap ErrInvalid and name the parameter.
func (s *Store) Commitments(ctx context.Context, q Query) (Page, error) {
	var page Page
	plan, err := planQuery(q)
	if err != nil {
		return page, err
	}
	if err := s.checkText(q); err != nil {
		return page, err
	}
	err = s.view(ctx, func(tx *bolt.Tx) error {
		page = Page{}
		var last []byte
		return plan.scan(ctx, tx, func(r *commitRec, sfx []byte) (bool, error) {
			if len(page.Items) == plan.limit {
				page.Next = encodeCursor(last)
				return false, nil
			}
			page.Items = append(page.Items, r.effective())
			last = append(last[:0], sfx...)
			return true, nil
		})
	})
	return page, err
}

// checkText refuses a text query on a file whose word index is missing or
// of an older layout (a read-only Open of a file an older version wrote).
func (s *Store) checkText(q Query) error {
	if strings.TrimSpace(q.Text) == "" || s.derived.Load() {
		return nil
	}
	return fmt.Errorf("store: %s: %w: its word index is from an older version of pledgewatch; open it read-write once (pledgewatch check --repair) to rebuild it, then search with q", s.path, ErrSchema)
}

// plan is a validated query: the index cursors to join and the filters
// checked on each record.
type plan struct {
	q      Query
	eq     []eqFilter // equality filters served by indexes
	start  []byte     // first sort suffix to visit
	end    []byte     // sort suffixes beyond end are out of range (nil: none)
	review string     // normalized review filter
	limit  int
}

type eqFilter struct {
	bucket []byte
	value  string
}

func checkLimit(n int) (int, error) {
	switch {
	case n < 0:
		return 0, invalidf("limit", "negative")
	case n == 0:
		return DefaultLimit, nil
	case n > MaxLimit:
		return 0, invalidf("limit", "%d is above the maximum %d", n, MaxLimit)
	}
	return n, nil
}

func encodeCursor(k []byte) string { return base64.RawURLEncoding.EncodeToString(k) }

func decodeCursor(s string) ([]byte, error) {
	if s == "" {
		return nil, nil
	}
	k, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || len(k) == 0 {
		return nil, invalidf("cursor", "malformed")
	}
	return k, nil
}

// planQuery validates q and chooses the indexes that serve it.
func planQuery(q Query) (*plan, error) {
	p := &plan{q: q}
	var err error
	if p.limit, err = checkLimit(q.Limit); err != nil {
		return nil, err
	}
	if q.Country != "" {
		a, err := normalizeActor(q.Country)
		if err != nil {
			return nil, invalidf("country", "%v", err)
		}
		p.eq = append(p.eq, eqFilter{bActor, a})
	}
	if q.Kind != "" {
		if !news.Kind(q.Kind).Valid() {
			return nil, invalidf("kind", "%q is not one of %v", q.Kind, news.Kinds())
		}
		p.eq = append(p.eq, eqFilter{bKind, q.Kind})
	}
	if q.Status != "" {
		if !news.Status(q.Status).Valid() {
			return nil, invalidf("status", "%q is not one of %v", q.Status, news.Statuses())
		}
		p.eq = append(p.eq, eqFilter{bStatus, q.Status})
	}
	switch q.Review {
	case "", ReviewAll, ReviewReviewed:
		p.review = q.Review
	case "none", string(news.ReviewPending), string(news.ReviewAccepted), string(news.ReviewRejected), string(news.ReviewCorrected):
		p.review = q.Review
		p.eq = append(p.eq, eqFilter{bReview, q.Review})
	default:
		return nil, invalidf("review", "%q is not one of none, pending, accepted, rejected, corrected, reviewed, all", q.Review)
	}
	if strings.ContainsRune(q.Source, 0) {
		return nil, invalidf("source", "contains a NUL byte")
	}
	if q.Source != "" {
		p.eq = append(p.eq, eqFilter{bSource, q.Source})
	}
	if q.Currency != "" {
		c, err := normalizeCurrency(q.Currency)
		if err != nil {
			return nil, invalidf("currency", "%v", err)
		}
		p.eq = append(p.eq, eqFilter{bCurrency, c})
	}
	if strings.TrimSpace(q.Text) != "" {
		fs, err := textFilters(q.Text)
		if err != nil {
			return nil, err
		}
		p.eq = append(p.eq, fs...)
	}
	for _, m := range []struct {
		name string
		v    *float64
	}{{"min_amount", q.MinAmount}, {"max_amount", q.MaxAmount}} {
		if m.v != nil && (math.IsNaN(*m.v) || math.IsInf(*m.v, 0)) {
			return nil, invalidf(m.name, "not a finite number")
		}
	}
	if q.MinAmount != nil && q.MaxAmount != nil && *q.MinAmount > *q.MaxAmount {
		return nil, invalidf("min_amount", "%v is above max_amount %v", *q.MinAmount, *q.MaxAmount)
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && !q.Since.Before(q.Until) {
		return nil, invalidf("since", "%s is not before until %s", q.Since.Format(time.RFC3339), q.Until.Format(time.RFC3339))
	}
	if !q.Until.IsZero() {
		p.start = dateKey(q.Until)
	}
	if !q.Since.IsZero() {
		p.end = dateKey(q.Since)
	}
	cur, err := decodeCursor(q.Cursor)
	if err != nil {
		return nil, err
	}
	if cur != nil {
		if len(cur) <= dateKeyLen {
			return nil, invalidf("cursor", "malformed")
		}
		next := append(cur, 0)
		if bytes.Compare(next, p.start) > 0 {
			p.start = next
		}
	}
	return p, nil
}

// matches applies the filters that no index serves, and re-checks the
// date bounds exactly.
func (p *plan) matches(r *commitRec, c *news.Commitment) bool {
	if p.review == "" && !inLedger(c) {
		return false
	}
	if p.review == ReviewReviewed && c.Review != news.ReviewAccepted && c.Review != news.ReviewCorrected {
		return false
	}
	if !p.q.Until.IsZero() && !r.Date.Before(p.q.Until) {
		return false
	}
	if !p.q.Since.IsZero() && r.Date.Before(p.q.Since) {
		return false
	}
	if p.q.MinAmount != nil || p.q.MaxAmount != nil {
		v, ok := quantity(c)
		if !ok {
			return false
		}
		if p.q.MinAmount != nil && v < *p.q.MinAmount {
			return false
		}
		if p.q.MaxAmount != nil && v > *p.q.MaxAmount {
			return false
		}
	}
	return true
}

// quantity is the number MinAmount and MaxAmount compare with.
func quantity(c *news.Commitment) (float64, bool) {
	switch {
	case c.Kind == news.KindMoney && c.Amount != nil:
		return *c.Amount, true
	case c.Kind == news.KindTroops && c.Troops != nil:
		return float64(*c.Troops), true
	case c.Kind != news.KindMoney && c.Kind != news.KindTroops && c.Count != nil:
		return float64(*c.Count), true
	}
	return 0, false
}

// suffixCursor walks the sort suffixes (dateKey | commitment id) of the
// commitments one equality filter matches.
type suffixCursor interface {
	// seek returns the first suffix >= sfx, or nil.
	seek(sfx []byte) []byte
}

// idxCursor walks the keys of one index that start with prefix.
type idxCursor struct {
	c      *bolt.Cursor
	prefix []byte
}

// seek returns the sort suffix of the first key >= prefix|sfx, or nil.
func (ic *idxCursor) seek(sfx []byte) []byte {
	key := make([]byte, 0, len(ic.prefix)+len(sfx))
	key = append(append(key, ic.prefix...), sfx...)
	k, _ := ic.c.Seek(key)
	if k == nil || !bytes.HasPrefix(k, ic.prefix) {
		return nil
	}
	return k[len(ic.prefix):]
}

// scan calls fn for each matching commitment in sort order, until fn
// returns false or an error. The index cursors are joined by leapfrogging
// on the shared sort suffix, so only keys matching every equality filter
// (and their immediate neighbours) are visited.
func (p *plan) scan(ctx context.Context, tx *bolt.Tx, fn func(r *commitRec, sfx []byte) (bool, error)) error {
	var cursors []suffixCursor
	var wcs []*wordCursor
	// A file of derived version 6 or older, open read-only, still has
	// an index bucket per filter (see legacyBuckets).
	legacy := tx.Bucket(bDate) != nil
	words, log := tx.Bucket(bWord), wordLog(tx)
	for _, f := range p.eq {
		switch {
		case bytes.Equal(f.bucket, bWord):
			wc := newWordCursor(words, log, f.value)
			cursors, wcs = append(cursors, wc), append(wcs, wc)
		case legacy:
			cursors = append(cursors, &idxCursor{tx.Bucket(f.bucket).Cursor(), append([]byte(f.value), 0)})
		default:
			wc := newWordCursor(words, log, fieldWord(f.bucket, f.value))
			cursors, wcs = append(cursors, wc), append(wcs, wc)
		}
	}
	if len(cursors) == 0 {
		if legacy {
			cursors = append(cursors, &idxCursor{tx.Bucket(bDate).Cursor(), nil})
		} else {
			cursors = append(cursors, newListCursor(words))
		}
	}
	commits := tx.Bucket(bCommitments)
	target := append([]byte(nil), p.start...)
	for n := 0; ; n++ {
		if n%256 == 255 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("store: %w", err)
			}
		}
		if target = leapfrog(cursors, target); target == nil {
			for _, wc := range wcs {
				if err := wc.err(); err != nil {
					return err
				}
			}
			return nil
		}
		if p.end != nil && bytes.Compare(target[:min(len(target), dateKeyLen)], p.end) > 0 {
			return nil
		}
		if len(target) <= dateKeyLen {
			return fmt.Errorf("store: corrupt index key %x", target)
		}
		id := string(target[dateKeyLen:])
		var r commitRec
		ok, err := getRec(commits, id, &r)
		if err != nil {
			return fmt.Errorf("store: commitment %s: %w", id, err)
		}
		if !ok {
			return fmt.Errorf("store: index entry for %s: %w", id, ErrNotFound)
		}
		c := r.effective()
		if p.matches(&r, &c) {
			more, err := fn(&r, target)
			if err != nil || !more {
				return err
			}
		}
		target = append(target, 0)
	}
}

// leapfrog advances every cursor to the largest suffix until all agree on
// one at or after target, and returns it (in target's storage, never in
// the database's), or nil when a cursor runs out.
func leapfrog(cursors []suffixCursor, target []byte) []byte {
	agreed := 0
	for i := 0; agreed < len(cursors); i = (i + 1) % len(cursors) {
		sfx := cursors[i].seek(target)
		if sfx == nil {
			return nil
		}
		if bytes.Equal(sfx, target) {
			agreed++
		} else {
			target = append(target[:0], sfx...)
			agreed = 1
		}
	}
	return target
}
