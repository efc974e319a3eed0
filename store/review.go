package store

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Correction is a human edit of a commitment: every non-nil field
// overrides the machine value in queries, totals, ledger and exports.
// Successive corrections of one commitment merge, later fields winning.
type Correction struct {
	Actor     *string      `json:"actor,omitempty"`
	Kind      *news.Kind   `json:"kind,omitempty"`
	Troops    *int64       `json:"troops,omitempty"`
	Amount    *float64     `json:"amount,omitempty"`
	Currency  *string      `json:"currency,omitempty"`
	Item      *string      `json:"item,omitempty"`
	Count     *int64       `json:"count,omitempty"`
	Qualifier *string      `json:"qualifier,omitempty"`
	Status    *news.Status `json:"status,omitempty"`
	Recipient *string      `json:"recipient,omitempty"`
}

// apply overrides c's fields with the non-nil fields of k.
func (k *Correction) apply(c *news.Commitment) {
	if k.Actor != nil {
		c.Actor = *k.Actor
	}
	if k.Kind != nil {
		c.Kind = *k.Kind
	}
	if k.Troops != nil {
		c.Troops = news.Int64(*k.Troops)
	}
	if k.Amount != nil {
		c.Amount = news.Float64(*k.Amount)
	}
	if k.Currency != nil {
		c.Currency = *k.Currency
	}
	if k.Item != nil {
		c.Item = *k.Item
	}
	if k.Count != nil {
		c.Count = news.Int64(*k.Count)
	}
	if k.Qualifier != nil {
		c.Qualifier = *k.Qualifier
	}
	if k.Status != nil {
		c.Status = *k.Status
	}
	if k.Recipient != nil {
		c.Recipient = *k.Recipient
	}
}

// merge returns a copy of k with the non-nil fields of l applied on top.
func (k *Correction) merge(l Correction) *Correction {
	var m Correction
	if k != nil {
		m = *k
	}
	if l.Actor != nil {
		m.Actor = l.Actor
	}
	if l.Kind != nil {
		m.Kind = l.Kind
	}
	if l.Troops != nil {
		m.Troops = l.Troops
	}
	if l.Amount != nil {
		m.Amount = l.Amount
	}
	if l.Currency != nil {
		m.Currency = l.Currency
	}
	if l.Item != nil {
		m.Item = l.Item
	}
	if l.Count != nil {
		m.Count = l.Count
	}
	if l.Qualifier != nil {
		m.Qualifier = l.Qualifier
	}
	if l.Status != nil {
		m.Status = l.Status
	}
	if l.Recipient != nil {
		m.Recipient = l.Recipient
	}
	return &m
}

// normalize validates k and canonicalizes its codes (upper-case actor,
// recipient and currency). Errors wrap ErrInvalid and name the field.
func (k *Correction) normalize() error {
	if *k == (Correction{}) {
		return invalidf("fields", "empty correction")
	}
	if k.Actor != nil {
		a, err := normalizeActor(*k.Actor)
		if err != nil {
			return invalidf("actor", "%v", err)
		}
		k.Actor = &a
	}
	if k.Recipient != nil && *k.Recipient != "" {
		a, err := normalizeActor(*k.Recipient)
		if err != nil {
			return invalidf("recipient", "%v", err)
		}
		k.Recipient = &a
	}
	if k.Kind != nil && !k.Kind.Valid() {
		return invalidf("kind", "%q is not one of %v", *k.Kind, news.Kinds())
	}
	if k.Status != nil && !k.Status.Valid() {
		return invalidf("status", "%q is not one of %v", *k.Status, news.Statuses())
	}
	if k.Troops != nil && *k.Troops < 0 {
		return invalidf("troops", "negative")
	}
	if k.Count != nil && *k.Count < 0 {
		return invalidf("count", "negative")
	}
	if k.Amount != nil && (math.IsNaN(*k.Amount) || math.IsInf(*k.Amount, 0) || *k.Amount < 0) {
		return invalidf("amount", "must be a finite non-negative number")
	}
	if k.Currency != nil && *k.Currency != "" {
		c, err := normalizeCurrency(*k.Currency)
		if err != nil {
			return invalidf("currency", "%v", err)
		}
		k.Currency = &c
	}
	return nil
}

// normalizeActor accepts an ISO 3166-1 alpha-2 code (any case), "EU",
// "NATO" or "group:<name>", and returns its canonical form.
func normalizeActor(s string) (string, error) {
	if strings.ContainsRune(s, 0) {
		return "", fmt.Errorf("%q contains a NUL byte", s)
	}
	if strings.HasPrefix(s, "group:") && len(s) > len("group:") {
		return s, nil
	}
	u := strings.ToUpper(s)
	if u == "EU" || u == "NATO" {
		return u, nil
	}
	if len(u) == 2 && u[0] >= 'A' && u[0] <= 'Z' && u[1] >= 'A' && u[1] <= 'Z' {
		return u, nil
	}
	return "", fmt.Errorf("%q is not an ISO 3166-1 alpha-2 code, EU, NATO or group:<name>", s)
}

// normalizeCurrency accepts a three-letter ISO 4217 code in any case.
func normalizeCurrency(s string) (string, error) {
	u := strings.ToUpper(s)
	if len(u) != 3 {
		return "", fmt.Errorf("%q is not a three-letter currency code", s)
	}
	for i := 0; i < 3; i++ {
		if u[i] < 'A' || u[i] > 'Z' {
			return "", fmt.Errorf("%q is not a three-letter currency code", s)
		}
	}
	return u, nil
}

// The review actions recorded in the audit log.
const (
	ActionAccept  = "accept"
	ActionReject  = "reject"
	ActionCorrect = "correct"
	// ActionUndo reverts the commitment's last decision (see Undo).
	ActionUndo = "undo"
)

// AuditEntry is one review action. The audit log is append-only: entries
// are never modified or deleted, and Seq increases with every action.
type AuditEntry struct {
	V            int         `json:"v"`
	Seq          uint64      `json:"seq"`
	CommitmentID string      `json:"commitment_id"`
	Action       string      `json:"action"`
	Who          string      `json:"who"`
	At           time.Time   `json:"at"`
	Note         string      `json:"note,omitempty"`
	Correction   *Correction `json:"correction,omitempty"`
	// PrevCorrection is the commitment's correction before this action,
	// what Undo restores.
	PrevCorrection *Correction      `json:"prev_correction,omitempty"`
	Before         news.Commitment  `json:"before"`
	After          news.Commitment  `json:"after"`
	From           news.ReviewState `json:"from,omitempty"`
	To             news.ReviewState `json:"to"`
}

// Accept marks the commitment accepted (keeping any earlier correction)
// and returns its effective values. who must not be empty.
func (s *Store) Accept(ctx context.Context, id, who, note string) (news.Commitment, error) {
	return s.review(ctx, id, who, note, ActionAccept, nil)
}

// Reject marks the commitment rejected: it leaves default queries, the
// ledger and totals, and stays rejected across re-extractions.
func (s *Store) Reject(ctx context.Context, id, who, note string) (news.Commitment, error) {
	return s.review(ctx, id, who, note, ActionReject, nil)
}

// Correct applies fields on top of the commitment's machine values (and any
// earlier correction) and marks it corrected. Errors for invalid fields
// wrap ErrInvalid and name the field.
func (s *Store) Correct(ctx context.Context, id, who string, fields Correction, note string) (news.Commitment, error) {
	if err := fields.normalize(); err != nil {
		return news.Commitment{}, err
	}
	return s.review(ctx, id, who, note, ActionCorrect, &fields)
}

func (s *Store) review(ctx context.Context, id, who, note, action string, fields *Correction) (news.Commitment, error) {
	return s.decide(ctx, id, who, func(w *txWriter, now time.Time) (news.Commitment, error) {
		return reviewTx(w, now, id, who, note, action, fields)
	})
}

// decide checks who and id, then runs one human decision on id in a write
// transaction, keeping the ledger in step, and returns the commitment's
// effective values after it.
func (s *Store) decide(ctx context.Context, id, who string, fn func(w *txWriter, now time.Time) (news.Commitment, error)) (news.Commitment, error) {
	if strings.TrimSpace(who) == "" {
		return news.Commitment{}, invalidf("who", "empty")
	}
	if id == "" {
		return news.Commitment{}, invalidf("id", "empty")
	}
	var after news.Commitment
	err := s.update(ctx, func(tx *bolt.Tx) error {
		w := newTxWriter(tx)
		var err error
		if after, err = fn(w, s.now()); err != nil {
			return err
		}
		return w.flush()
	})
	if err != nil {
		return news.Commitment{}, err
	}
	return after, nil
}

// loadCommit reads the stored record of commitment id; ErrNotFound when
// there is none.
func loadCommit(tx *bolt.Tx, id string) (commitRec, error) {
	var old commitRec
	ok, err := getRec(tx.Bucket(bCommitments), id, &old)
	if err != nil {
		return commitRec{}, fmt.Errorf("store: commitment %s: %w", id, err)
	}
	if !ok {
		return commitRec{}, fmt.Errorf("store: commitment %s: %w", id, ErrNotFound)
	}
	return old, nil
}

// reviewTx applies one accept, reject or correct in w's transaction and
// audits it; the caller flushes w.
func reviewTx(w *txWriter, now time.Time, id, who, note, action string, fields *Correction) (news.Commitment, error) {
	tx := w.tx
	old, err := loadCommit(tx, id)
	if err != nil {
		return news.Commitment{}, err
	}
	rec := old
	switch action {
	case ActionAccept:
		rec.Review = news.ReviewAccepted
	case ActionReject:
		rec.Review = news.ReviewRejected
	case ActionCorrect:
		rec.Review = news.ReviewCorrected
		rec.Correction = old.Correction.merge(*fields)
	}
	rv := reviewRec{V: SchemaVersion, State: rec.Review, Correction: rec.Correction, By: who, At: now}
	if _, err := putRec(tx.Bucket(bReviews), id, &rv); err != nil {
		return news.Commitment{}, fmt.Errorf("store: put review: %w", err)
	}
	if _, err := writeCommit(w, id, &old, &rec); err != nil {
		return news.Commitment{}, err
	}
	if err := w.reindexCommit(&old, &rec); err != nil {
		return news.Commitment{}, err
	}
	e := AuditEntry{V: SchemaVersion, CommitmentID: id, Action: action, Who: who, At: now, Note: note,
		Correction: fields, PrevCorrection: old.Correction, Before: old.effective(), After: rec.effective(), From: old.Review, To: rec.Review}
	if err := putAudit(tx, &e); err != nil {
		return news.Commitment{}, err
	}
	return e.After, nil
}

// putAudit appends e to the audit log, setting e.Seq.
func putAudit(tx *bolt.Tx, e *AuditEntry) error {
	audit := tx.Bucket(bAudit)
	// Keys only ever append: fill pages instead of leaving them half
	// empty when they split.
	audit.FillPercent = 0.95
	seq, err := audit.NextSequence()
	if err != nil {
		return fmt.Errorf("store: audit sequence: %w", err)
	}
	e.Seq = seq
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], seq)
	data, err := encode(e)
	if err != nil {
		return err
	}
	if err := audit.Put(k[:], data); err != nil {
		return fmt.Errorf("store: put audit: %w", err)
	}
	if err := tx.Bucket(bAuditByID).Put(append([]byte(e.CommitmentID), k[:]...), nil); err != nil {
		return fmt.Errorf("store: put audit index: %w", err)
	}
	return nil
}

// History returns the audit entries of one commitment, oldest first.
func (s *Store) History(ctx context.Context, id string) ([]AuditEntry, error) {
	var out []AuditEntry
	err := s.view(ctx, func(tx *bolt.Tx) error {
		var err error
		out, err = history(tx, id)
		return err
	})
	return out, err
}

func history(tx *bolt.Tx, id string) ([]AuditEntry, error) {
	var out []AuditEntry
	audit := tx.Bucket(bAudit)
	prefix := []byte(id)
	c := tx.Bucket(bAuditByID).Cursor()
	for k, _ := c.Seek(prefix); k != nil && len(k) == len(prefix)+8 && string(k[:len(prefix)]) == id; k, _ = c.Next() {
		var e AuditEntry
		data := audit.Get(k[len(prefix):])
		if data == nil {
			return nil, fmt.Errorf("store: audit %x: %w", k[len(prefix):], ErrNotFound)
		}
		if err := decode(data, &e); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// AuditQuery selects audit entries: those with Seq > After, at most Limit
// (default 100, max 1000), oldest first.
type AuditQuery struct {
	After uint64
	Limit int
}

// AuditLog returns entries of the audit log in order of Seq.
func (s *Store) AuditLog(ctx context.Context, q AuditQuery) ([]AuditEntry, error) {
	limit, err := checkLimit(q.Limit)
	if err != nil {
		return nil, err
	}
	var out []AuditEntry
	err = s.view(ctx, func(tx *bolt.Tx) error {
		var start [8]byte
		binary.BigEndian.PutUint64(start[:], q.After+1)
		c := tx.Bucket(bAudit).Cursor()
		for k, v := c.Seek(start[:]); k != nil && len(out) < limit; k, v = c.Next() {
			var e AuditEntry
			if err := decode(v, &e); err != nil {
				return err
			}
			out = append(out, e)
		}
		return nil
	})
	return out, err
}

// QueueQuery pages through the review queue.
type QueueQuery struct {
	// Cursor is Next of the previous page, or empty.
	Cursor string
	// Limit is the page size: default 50, at most 1000.
	Limit int
}

// QueuePage is one page of the review queue.
type QueuePage struct {
	Items []news.Commitment
	// Next is the cursor of the following page, empty on the last.
	Next string
	// Remaining is how many commitments are pending in total.
	Remaining int
}

// ReviewQueue returns pending commitments ordered by confidence, lowest
// first (then by id), with their effective values.
func (s *Store) ReviewQueue(ctx context.Context, q QueueQuery) (QueuePage, error) {
	var page QueuePage
	limit, err := checkLimit(q.Limit)
	if err != nil {
		return page, err
	}
	start, err := decodeCursor(q.Cursor)
	if err != nil {
		return page, err
	}
	err = s.view(ctx, func(tx *bolt.Tx) error {
		page = QueuePage{}
		queue := tx.Bucket(bQueue)
		page.Remaining = queue.Stats().KeyN
		commits := tx.Bucket(bCommitments)
		c := queue.Cursor()
		var k []byte
		if start != nil {
			k, _ = c.Seek(append(start, 0))
		} else {
			k, _ = c.First()
		}
		for ; k != nil; k, _ = c.Next() {
			if len(page.Items) == limit {
				// The next page starts after the last item returned.
				page.Next = encodeCursor(lastQueueKey(page.Items))
				break
			}
			var r commitRec
			ok, err := getRec(commits, string(k[8:]), &r)
			if err != nil {
				return err
			}
			if !ok {
				return fmt.Errorf("store: queue entry %s: %w", k[8:], ErrNotFound)
			}
			page.Items = append(page.Items, r.effective())
		}
		return nil
	})
	return page, err
}

func lastQueueKey(items []news.Commitment) []byte {
	last := items[len(items)-1]
	return append(confKey(last.Confidence), last.ID...)
}
