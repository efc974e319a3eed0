package store

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Article returns a stored article and its commitments (every review state,
// effective values, in extraction order). A missing id gives ErrNotFound.
func (s *Store) Article(ctx context.Context, id string) (news.Article, []news.Commitment, error) {
	var a news.Article
	var cs []news.Commitment
	err := s.view(ctx, func(tx *bolt.Tx) error {
		var rec articleRec
		ok, err := getRec(tx.Bucket(bArticles), id, &rec)
		if err != nil {
			return fmt.Errorf("store: article %s: %w", id, err)
		}
		if !ok {
			return fmt.Errorf("store: article %s: %w", id, ErrNotFound)
		}
		a = rec.Article
		cs = make([]news.Commitment, 0, len(rec.Commitments))
		for _, cid := range rec.Commitments {
			var r commitRec
			ok, err := getRec(tx.Bucket(bCommitments), cid, &r)
			if err != nil {
				return fmt.Errorf("store: commitment %s: %w", cid, err)
			}
			if ok {
				cs = append(cs, r.effective())
			}
		}
		return nil
	})
	if err != nil {
		return news.Article{}, nil, err
	}
	return a, cs, nil
}

// CommitmentRecord is one commitment with its context.
type CommitmentRecord struct {
	// Commitment has the effective values (corrections applied), URL,
	// Published and Review.
	Commitment news.Commitment `json:"commitment"`
	// Machine has the values as extracted.
	Machine news.Commitment `json:"machine"`
	// Correction is the merged human correction, or nil.
	Correction *Correction `json:"correction,omitempty"`
	// Stale is true when the latest extraction of the article no longer
	// finds this commitment; it is kept because a human accepted or
	// corrected it.
	Stale   bool         `json:"stale,omitempty"`
	Article news.Article `json:"article"`
	// History is the commitment's audit log, oldest first.
	History []AuditEntry `json:"history"`
}

// Commitment returns one commitment with its article and review history.
// A missing id gives ErrNotFound.
func (s *Store) Commitment(ctx context.Context, id string) (CommitmentRecord, error) {
	var out CommitmentRecord
	err := s.view(ctx, func(tx *bolt.Tx) error {
		var r commitRec
		ok, err := getRec(tx.Bucket(bCommitments), id, &r)
		if err != nil {
			return fmt.Errorf("store: commitment %s: %w", id, err)
		}
		if !ok {
			return fmt.Errorf("store: commitment %s: %w", id, ErrNotFound)
		}
		var a articleRec
		if _, err := getRec(tx.Bucket(bArticles), r.Machine.ArticleID, &a); err != nil {
			return fmt.Errorf("store: article %s: %w", r.Machine.ArticleID, err)
		}
		h, err := history(tx, id)
		if err != nil {
			return err
		}
		m := r.Machine
		m.URL, m.Published = r.URL, r.Published
		out = CommitmentRecord{Commitment: r.effective(), Machine: m, Correction: r.Correction, Stale: r.Stale, Article: a.Article, History: h}
		return nil
	})
	return out, err
}

// ArticleQuery selects articles. Empty fields do not filter.
type ArticleQuery struct {
	Source string
	// Since (inclusive) and Until (exclusive) bound the published date
	// (fetch date when unknown).
	Since, Until time.Time
	// Cursor is Next of the previous page; Limit the page size (default
	// DefaultLimit, at most MaxLimit).
	Cursor string
	Limit  int
	// WithoutText leaves Article.Text empty in the results.
	WithoutText bool
}

// ArticlePage is one page of articles, newest first (then by id).
type ArticlePage struct {
	Items []news.Article
	Next  string
}

// Articles returns one page of stored articles.
func (s *Store) Articles(ctx context.Context, q ArticleQuery) (ArticlePage, error) {
	var page ArticlePage
	limit, err := checkLimit(q.Limit)
	if err != nil {
		return page, err
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && !q.Since.Before(q.Until) {
		return page, invalidf("since", "%s is not before until %s", q.Since.Format(time.RFC3339), q.Until.Format(time.RFC3339))
	}
	if strings.ContainsRune(q.Source, 0) {
		return page, invalidf("source", "contains a NUL byte")
	}
	cur, err := decodeCursor(q.Cursor)
	if err != nil {
		return page, err
	}
	if cur != nil && len(cur) <= dateKeyLen {
		return page, invalidf("cursor", "malformed")
	}
	var start []byte
	if !q.Until.IsZero() {
		start = dateKey(q.Until)
	}
	if cur != nil && bytes.Compare(append(cur, 0), start) > 0 {
		start = append(cur, 0)
	}
	var end []byte
	if !q.Since.IsZero() {
		end = dateKey(q.Since)
	}
	err = s.view(ctx, func(tx *bolt.Tx) error {
		page = ArticlePage{}
		ic := &idxCursor{tx.Bucket(bArtDate).Cursor(), nil}
		if q.Source != "" {
			ic = &idxCursor{tx.Bucket(bArtSource).Cursor(), append([]byte(q.Source), 0)}
		}
		arts := tx.Bucket(bArticles)
		var last []byte
		for sfx := ic.seek(start); sfx != nil; sfx = ic.seek(append(last, 0)) {
			if len(sfx) <= dateKeyLen {
				return fmt.Errorf("store: corrupt article index key %x", sfx)
			}
			if end != nil && bytes.Compare(sfx[:dateKeyLen], end) > 0 {
				break
			}
			if len(page.Items) == limit {
				page.Next = encodeCursor(last)
				break
			}
			last = append(last[:0], sfx...)
			var rec articleRec
			id := string(sfx[dateKeyLen:])
			ok, err := getRec(arts, id, &rec)
			if err != nil {
				return fmt.Errorf("store: article %s: %w", id, err)
			}
			if !ok {
				return fmt.Errorf("store: article index entry %s: %w", id, ErrNotFound)
			}
			d := articleDate(rec.Article)
			if (!q.Until.IsZero() && !d.Before(q.Until)) || (!q.Since.IsZero() && d.Before(q.Since)) {
				continue
			}
			if q.WithoutText {
				rec.Article.Text = ""
			}
			page.Items = append(page.Items, rec.Article)
		}
		return nil
	})
	return page, err
}

// articleBatch is how many articles ArticleTexts reads per transaction.
const articleBatch = 64

// ArticleTexts calls fn with every stored article (text included), in id
// order, until fn returns an error, which ArticleTexts returns wrapped.
// fn runs outside any transaction, so it may call other Store methods,
// SaveExtraction included (as re-extraction does); articles saved during
// the iteration may or may not be visited.
func (s *Store) ArticleTexts(ctx context.Context, fn func(news.Article) error) error {
	var after []byte
	for {
		var batch []news.Article
		err := s.view(ctx, func(tx *bolt.Tx) error {
			c := tx.Bucket(bArticles).Cursor()
			var k, v []byte
			if after == nil {
				k, v = c.First()
			} else {
				k, v = c.Seek(append(after, 0))
			}
			for ; k != nil && len(batch) < articleBatch; k, v = c.Next() {
				var rec articleRec
				if err := decode(v, &rec); err != nil {
					return fmt.Errorf("store: article %s: %w", k, err)
				}
				batch = append(batch, rec.Article)
				after = append(after[:0], k...)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if len(batch) == 0 {
			return nil
		}
		for _, a := range batch {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("store: %w", err)
			}
			if err := fn(a); err != nil {
				return fmt.Errorf("store: article %s: %w", a.ID, err)
			}
		}
	}
}
