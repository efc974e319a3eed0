package store

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// DefaultWindow is the ledger's default time window.
const DefaultWindow = 30 * 24 * time.Hour

// LedgerQuery selects the commitments a ledger or totals are computed
// over. Query's filters apply as in Commitments (rejected commitments and
// pending suggestions are left out unless Query.Review asks for them);
// Query.Cursor and Query.Limit page the ledger, and Totals ignores them.
type LedgerQuery struct {
	Query
	// Window: reports of the same commitment whose dates lie within Window
	// of the entry's first report are one entry. Default DefaultWindow.
	Window time.Duration
}

// LedgerSource is one report of a ledger entry.
type LedgerSource struct {
	CommitmentID string           `json:"commitment_id"`
	ArticleID    string           `json:"article_id"`
	URL          string           `json:"url,omitempty"`
	Source       string           `json:"source,omitempty"`
	Date         time.Time        `json:"date"`
	Evidence     string           `json:"evidence"`
	Confidence   float64          `json:"confidence"`
	Review       news.ReviewState `json:"review,omitempty"`
}

// LedgerEntry is one commitment as reported by one or more articles: the
// effective values shared by its reports, and the reports, oldest first.
type LedgerEntry struct {
	// ID is the commitment id of the first report.
	ID        string         `json:"id"`
	Actor     string         `json:"actor"`
	Kind      news.Kind      `json:"kind"`
	Status    news.Status    `json:"status"`
	Troops    *int64         `json:"troops"`
	Amount    *float64       `json:"amount"`
	Currency  string         `json:"currency"`
	Item      string         `json:"item"`
	Count     *int64         `json:"count"`
	Recipient string         `json:"recipient"`
	First     time.Time      `json:"first"`
	Last      time.Time      `json:"last"`
	Sources   []LedgerSource `json:"sources"`
}

// LedgerPage is one page of the ledger.
type LedgerPage struct {
	Items []LedgerEntry `json:"items"`
	// Next is the cursor of the following page, empty on the last.
	Next string `json:"next,omitempty"`
}

// Ledger returns one page of the ledger entries of the matching
// commitments, most recently reported first (then by id); Query.Cursor and
// Query.Limit page as in Commitments.
//
// The default ledger (DefaultWindow, default review filter) is kept on
// write: with no filters, or only Country, Kind, Status and Currency, a
// page reads only its entries. Other filters and windows compute the
// ledger of the matching commitments (cached, within a byte budget, while
// the store is unchanged), so their cost grows with the matches.
func (s *Store) Ledger(ctx context.Context, q LedgerQuery) (LedgerPage, error) {
	limit, err := checkLimit(q.Limit)
	if err != nil {
		return LedgerPage{}, err
	}
	cur, err := decodeCursor(q.Cursor)
	if err != nil {
		return LedgerPage{}, err
	}
	if cur != nil && len(cur) <= dateKeyLen {
		return LedgerPage{}, invalidf("cursor", "malformed")
	}
	p, err := planLedger(q)
	if err != nil {
		return LedgerPage{}, err
	}
	if s.useKept(q) {
		return s.keptLedger(ctx, p, cur, limit)
	}
	all, err := s.computeLedger(ctx, q, p)
	if err != nil {
		return LedgerPage{}, err
	}
	i := 0
	if cur != nil {
		i = sort.Search(len(all), func(i int) bool { return bytes.Compare(ledgerEntryKey(&all[i]), cur) > 0 })
	}
	page := LedgerPage{Items: copyLedger(all[i:min(len(all), i+limit)])}
	if i+limit < len(all) {
		page.Next = encodeCursor(ledgerEntryKey(&page.Items[len(page.Items)-1]))
	}
	return page, nil
}

// planLedger validates q's window and filters and returns the plan of the
// commitments it covers (every page).
func planLedger(q LedgerQuery) (*plan, error) {
	if q.Window < 0 {
		return nil, invalidf("window", "negative")
	}
	all := q.Query
	all.Cursor, all.Limit = "", 0
	return planQuery(all)
}

// useKept reports whether the ledger kept on write answers q: the default
// window and review filter, and no filter but the ones every report of an
// entry shares (country, kind, status, currency).
func (s *Store) useKept(q LedgerQuery) bool {
	return s.derived.Load() && (q.Window == 0 || q.Window == DefaultWindow) && q.Review == "" &&
		q.Source == "" && q.Text == "" && q.Since.IsZero() && q.Until.IsZero() && q.MinAmount == nil && q.MaxAmount == nil
}

// keptLedger reads one page of the ledger kept on write, joining the
// entry indexes of p's equality filters.
func (s *Store) keptLedger(ctx context.Context, p *plan, cur []byte, limit int) (LedgerPage, error) {
	var page LedgerPage
	err := s.view(ctx, func(tx *bolt.Tx) error {
		page = LedgerPage{}
		var cursors []suffixCursor
		for _, f := range p.eq {
			cursors = append(cursors, &idxCursor{tx.Bucket(bLedgerIdx).Cursor(), ledgerIdxPrefix(f.bucket, f.value)})
		}
		if len(cursors) == 0 {
			cursors = append(cursors, &idxCursor{tx.Bucket(bLedger).Cursor(), nil})
		}
		ledger := tx.Bucket(bLedger)
		target := []byte{}
		if cur != nil {
			target = append(cur, 0)
		}
		for {
			key := leapfrog(cursors, target)
			if key == nil {
				return nil
			}
			if len(page.Items) == limit {
				page.Next = encodeCursor(ledgerEntryKey(&page.Items[len(page.Items)-1]))
				return nil
			}
			v := ledger.Get(key)
			if v == nil {
				return fmt.Errorf("store: ledger index entry %x: %w", key, ErrNotFound)
			}
			e, err := decodeEntry(v)
			if err != nil {
				return err
			}
			if e.Sources, err = entrySources(tx, &e); err != nil {
				return err
			}
			page.Items = append(page.Items, e.LedgerEntry)
			target = append(key, 0)
		}
	})
	return page, err
}

// computeLedger computes the whole ledger of the commitments p selects,
// with q's window, or returns it from the cache. The result is shared:
// callers must not modify it.
func (s *Store) computeLedger(ctx context.Context, q LedgerQuery, p *plan) ([]LedgerEntry, error) {
	if q.Window == 0 {
		q.Window = DefaultWindow
	}
	if err := s.checkText(q.Query); err != nil {
		return nil, err
	}
	type member struct {
		c    news.Commitment
		date time.Time
		src  string
	}
	groups := map[string][]member{}
	key := ledgerCacheKey(q)
	var txid int
	var cached []LedgerEntry
	err := s.view(ctx, func(tx *bolt.Tx) error {
		clear(groups)
		txid = tx.ID()
		if v, ok := s.ledgers.get(key, txid); ok {
			cached = v.([]LedgerEntry)
			return nil
		}
		return p.scan(ctx, tx, func(r *commitRec, _ []byte) (bool, error) {
			c := r.effective()
			k := ledgerKey(&c)
			groups[k] = append(groups[k], member{c, r.Date, r.Source})
			return true, nil
		})
	})
	if err != nil {
		return nil, err
	}
	if cached != nil {
		return cached, nil
	}
	out := []LedgerEntry{}
	for _, ms := range groups {
		sort.Slice(ms, func(i, j int) bool {
			if !ms[i].date.Equal(ms[j].date) {
				return ms[i].date.Before(ms[j].date)
			}
			return ms[i].c.ID < ms[j].c.ID
		})
		var es []LedgerEntry
		for i := range ms {
			es = addToLedger(es, &ms[i].c, ms[i].date, ms[i].src, q.Window)
		}
		out = append(out, es...)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Last.Equal(out[j].Last) {
			return out[i].Last.After(out[j].Last)
		}
		return out[i].ID < out[j].ID
	})
	s.ledgers.put(key, txid, out, ledgerSize(out))
	return out, nil
}

// ledgerSize estimates the memory entries hold, for the cache's budget.
func ledgerSize(entries []LedgerEntry) int {
	n := 0
	for i := range entries {
		e := &entries[i]
		n += 256 + len(e.ID) + len(e.Actor) + len(e.Item) + len(e.Recipient)
		for j := range e.Sources {
			src := &e.Sources[j]
			n += 160 + len(src.CommitmentID) + len(src.ArticleID) + len(src.URL) + len(src.Source) + len(src.Evidence)
		}
	}
	return n
}

// copyLedger copies entries and their source lists (one page), so callers
// may modify what they get without touching the cache.
func copyLedger(entries []LedgerEntry) []LedgerEntry {
	out := make([]LedgerEntry, len(entries))
	for i, e := range entries {
		e.Sources = append([]LedgerSource(nil), e.Sources...)
		out[i] = e
	}
	return out
}

// ledgerCacheKey renders every field of q that selects commitments.
func ledgerCacheKey(q LedgerQuery) string {
	f := func(p *float64) string {
		if p == nil {
			return "-"
		}
		return strconv.FormatFloat(*p, 'g', -1, 64)
	}
	return strings.Join([]string{q.Country, q.Kind, q.Status, q.Review, q.Source, q.Currency, q.Text,
		q.Since.Format(time.RFC3339Nano), q.Until.Format(time.RFC3339Nano),
		f(q.MinAmount), f(q.MaxAmount), q.Window.String()}, "\x00")
}

// ledgerKey identifies "the same commitment": actor, kind, status and
// value (troops; amount and currency; item and count).
func ledgerKey(c *news.Commitment) string {
	var b strings.Builder
	for _, f := range []string{c.Actor, string(c.Kind), string(c.Status), ptrInt(c.Troops), ptrFloat(c.Amount), c.Currency,
		strings.ToLower(strings.TrimSpace(c.Item)), ptrInt(c.Count)} {
		b.WriteString(f)
		b.WriteByte(0)
	}
	return b.String()
}

func ptrInt(p *int64) string {
	if p == nil {
		return "-"
	}
	return strconv.FormatInt(*p, 10)
}

func ptrFloat(p *float64) string {
	if p == nil {
		return "-"
	}
	return strconv.FormatFloat(*p, 'g', -1, 64)
}

// Rates returns the rate table Totals converts with.
func (s *Store) Rates() *RateTable { return s.rates }
