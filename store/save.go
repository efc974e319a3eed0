package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// errUnchanged rolls back a SaveExtraction transaction that would write
// nothing.
var errUnchanged = errors.New("unchanged")

// SaveResult says what SaveExtraction changed.
type SaveResult struct {
	// ArticleNew is true when the article was not stored before.
	ArticleNew bool
	// ArticleChanged is true when a stored article's content or metadata
	// (title, text, dates, source, URL, hash) changed.
	ArticleChanged bool
	// CommitmentsNew counts commitment ids not stored before.
	CommitmentsNew int
	// CommitmentsRemoved counts stored commitments of the article that the
	// extraction no longer contains and that were deleted (see
	// SaveExtraction for those that are kept).
	CommitmentsRemoved int
}

// SaveExtraction stores the article and its commitments in one
// transaction, idempotently: saving the same extraction twice changes
// nothing (same ids, same records, a zero SaveResult the second time).
//
// The article id is x.Article.ID, or news.ArticleID(URL) when empty. A
// commitment's ID and ArticleID are filled when empty (ID from
// news.CommitmentID); duplicate ids within one extraction are stored once.
// The caller's slice is not modified.
//
// A re-extraction of a stored article replaces its machine commitments:
// ids no longer produced are deleted, except those a human accepted or
// corrected, which are kept and marked stale (CommitmentRecord.Stale), so
// re-extraction never undoes a human decision. Human decisions are keyed by
// commitment id and survive even the deletion of a rejected commitment: if
// the id comes back, its decision and correction apply again.
// Commitments without a human decision start news.ReviewPending when their
// confidence is below Options.ReviewThreshold, news.ReviewNone otherwise.
func (s *Store) SaveExtraction(ctx context.Context, x news.Extraction) (SaveResult, error) {
	p, err := prepare(x)
	if err != nil {
		return SaveResult{}, err
	}
	var res SaveResult
	err = s.update(ctx, func(tx *bolt.Tx) error {
		w := newTxWriter(tx)
		r, dirty, err := s.saveTx(w, p)
		if err != nil {
			return err
		}
		if !dirty {
			// Roll back: nothing to commit, no fsync.
			return errUnchanged
		}
		res = r
		return w.flush()
	})
	if errors.Is(err, errUnchanged) {
		return SaveResult{}, nil
	}
	if err != nil {
		return SaveResult{}, err
	}
	return res, nil
}

// SaveExtractions saves several extractions in one transaction (one
// fsync), each as SaveExtraction would, in order. errs[i] is non-nil when
// xs[i] was not saved: an invalid extraction (wrapping ErrInvalid) is left
// out and the others are saved; if the transaction fails, every
// extraction gets its error and nothing is saved.
func (s *Store) SaveExtractions(ctx context.Context, xs []news.Extraction) (res []SaveResult, errs []error) {
	res, errs = make([]SaveResult, len(xs)), make([]error, len(xs))
	ps := make([]*prepared, len(xs))
	for i, x := range xs {
		ps[i], errs[i] = prepare(x)
	}
	err := s.update(ctx, func(tx *bolt.Tx) error {
		clear(res)
		w := newTxWriter(tx)
		any := false
		for i, p := range ps {
			if p == nil {
				continue
			}
			r, dirty, err := s.saveTx(w, p)
			if err != nil {
				return err
			}
			res[i], any = r, any || dirty
		}
		if !any {
			return errUnchanged
		}
		return w.flush()
	})
	if errors.Is(err, errUnchanged) {
		return res, errs
	}
	if err != nil {
		clear(res)
		for i := range errs {
			if errs[i] == nil {
				errs[i] = err
			}
		}
	}
	return res, errs
}

// prepared is an extraction checked and normalized for saveTx.
type prepared struct {
	x    news.Extraction
	a    news.Article
	date time.Time
	cs   []news.Commitment
	seen map[string]bool
}

// prepare checks and normalizes x (see SaveExtraction). Errors wrap
// ErrInvalid.
func prepare(x news.Extraction) (*prepared, error) {
	a := x.Article
	if a.ID == "" {
		if a.URL == "" {
			return nil, invalidf("article.id", "empty id and url")
		}
		a.ID = news.ArticleID(a.URL)
	}
	if a.ContentHash == "" {
		a.ContentHash = news.ContentHash(a.Title, a.Text)
	}
	if strings.ContainsRune(a.Source, 0) {
		return nil, invalidf("article.source", "contains a NUL byte")
	}
	date := articleDate(a)
	cs := make([]news.Commitment, 0, len(x.Commitments))
	seen := map[string]bool{}
	for i, c := range x.Commitments {
		if c.ArticleID == "" {
			c.ArticleID = a.ID
		} else if c.ArticleID != a.ID {
			return nil, invalidf(fmt.Sprintf("commitments[%d].article_id", i), "%q is not the article's id %q", c.ArticleID, a.ID)
		}
		for _, f := range []struct{ name, v string }{{"actor", c.Actor}, {"kind", string(c.Kind)}, {"status", string(c.Status)}, {"currency", c.Currency}, {"id", c.ID}} {
			if strings.ContainsRune(f.v, 0) {
				return nil, invalidf(fmt.Sprintf("commitments[%d].%s", i, f.name), "contains a NUL byte")
			}
		}
		if c.ID == "" {
			c.ID = news.CommitmentID(a.ID, c)
		}
		if seen[c.ID] {
			continue
		}
		seen[c.ID] = true
		c.Rules = append([]string(nil), c.Rules...)
		c.URL, c.Published, c.Review, c.Doc = "", time.Time{}, news.ReviewNone, ""
		cs = append(cs, c)
	}

	return &prepared{x: x, a: a, date: date, cs: cs, seen: seen}, nil
}

// saveTx writes the prepared extraction in w's transaction and reports
// what changed. w.flush must follow before the commit.
func (s *Store) saveTx(w *txWriter, p *prepared) (res SaveResult, dirty bool, err error) {
	tx, x, a, date, cs, seen := w.tx, p.x, p.a, p.date, p.cs, p.seen
	arts := tx.Bucket(bArticles)
	var old articleRec
	found, err := getRec(arts, a.ID, &old)
	if err != nil {
		return res, false, fmt.Errorf("store: article %s: %w", a.ID, err)
	}
	res.ArticleNew = !found
	if found {
		res.ArticleChanged, err = articleChanged(old.Article, a)
		if err != nil {
			return res, false, err
		}
	}
	dirty = false
	if !found || !articleDate(old.Article).Equal(date) || old.Article.Source != a.Source {
		if found {
			if err := deleteArticleIndex(tx, old.Article); err != nil {
				return res, false, err
			}
		}
		if err := putArticleIndex(tx, a); err != nil {
			return res, false, err
		}
		dirty = true
	}

	commits := tx.Bucket(bCommitments)
	reviews := tx.Bucket(bReviews)
	ids := make([]string, 0, len(cs))
	// The word index entries of the article before and after.
	oldWords, curWords := wordEntries{}, wordEntries{}
	for _, c := range cs {
		ids = append(ids, c.ID)
		var prev *commitRec
		var p commitRec
		ok, err := getRec(commits, c.ID, &p)
		if err != nil {
			return res, false, fmt.Errorf("store: commitment %s: %w", c.ID, err)
		}
		if ok {
			prev = &p
			if p.Machine.ArticleID == a.ID {
				oldWords.add(prev)
			}
		} else {
			res.CommitmentsNew++
		}
		rec := &commitRec{V: SchemaVersion, Machine: c, Date: date, Published: a.Published, URL: a.URL, Source: a.Source, Title: a.Title}
		var rv reviewRec
		hasReview, err := getRec(reviews, c.ID, &rv)
		if err != nil {
			return res, false, fmt.Errorf("store: review %s: %w", c.ID, err)
		}
		switch {
		case hasReview:
			rec.Review, rec.Correction = rv.State, rv.Correction
		case c.Confidence < s.threshold:
			rec.Review = news.ReviewPending
		}
		changed, err := writeCommit(w, c.ID, prev, rec)
		if err != nil {
			return res, false, err
		}
		curWords.add(rec)
		dirty = dirty || changed
	}
	for _, id := range old.Commitments {
		if seen[id] {
			continue
		}
		var p commitRec
		ok, err := getRec(commits, id, &p)
		if err != nil {
			return res, false, fmt.Errorf("store: commitment %s: %w", id, err)
		}
		if !ok {
			continue
		}
		oldWords.add(&p)
		if p.Review == news.ReviewAccepted || p.Review == news.ReviewCorrected {
			rec := p
			rec.Stale, rec.Date, rec.Published, rec.URL, rec.Source, rec.Title = true, date, a.Published, a.URL, a.Source, a.Title
			changed, err := writeCommit(w, id, &p, &rec)
			if err != nil {
				return res, false, err
			}
			curWords.add(&rec)
			dirty = dirty || changed
			ids = append(ids, id)
			continue
		}
		if _, err := writeCommit(w, id, &p, nil); err != nil {
			return res, false, err
		}
		dirty = true
		res.CommitmentsRemoved++
	}
	dirty = w.writeWords(oldWords, curWords) || dirty
	rec := articleRec{V: SchemaVersion, Article: a, Extractor: x.Extractor, ExtractedAt: x.ExtractedAt, Commitments: ids}
	changed, err := putRec(arts, a.ID, &rec)
	if err != nil {
		return res, false, fmt.Errorf("store: put article: %w", err)
	}
	return res, dirty || changed, nil
}

func putArticleIndex(tx *bolt.Tx, a news.Article) error {
	d := articleDate(a)
	if err := tx.Bucket(bArtDate).Put(sortKey(d, a.ID), nil); err != nil {
		return fmt.Errorf("store: article index: %w", err)
	}
	if err := tx.Bucket(bArtSource).Put(idxKey(a.Source, d, a.ID), nil); err != nil {
		return fmt.Errorf("store: article index: %w", err)
	}
	return nil
}

func deleteArticleIndex(tx *bolt.Tx, a news.Article) error {
	d := articleDate(a)
	if err := tx.Bucket(bArtDate).Delete(sortKey(d, a.ID)); err != nil {
		return fmt.Errorf("store: article index: %w", err)
	}
	if err := tx.Bucket(bArtSource).Delete(idxKey(a.Source, d, a.ID)); err != nil {
		return fmt.Errorf("store: article index: %w", err)
	}
	return nil
}

// articleChanged compares two articles by their stored form.
func articleChanged(old, cur news.Article) (bool, error) {
	a, err := encode(old)
	if err != nil {
		return false, err
	}
	b, err := encode(cur)
	if err != nil {
		return false, err
	}
	return !bytes.Equal(a, b), nil
}
