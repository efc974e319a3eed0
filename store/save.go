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
	var res SaveResult
	a := x.Article
	if a.ID == "" {
		if a.URL == "" {
			return res, invalidf("article.id", "empty id and url")
		}
		a.ID = news.ArticleID(a.URL)
	}
	if a.ContentHash == "" {
		a.ContentHash = news.ContentHash(a.Title, a.Text)
	}
	if strings.ContainsRune(a.Source, 0) {
		return res, invalidf("article.source", "contains a NUL byte")
	}
	date := articleDate(a)
	cs := make([]news.Commitment, 0, len(x.Commitments))
	seen := map[string]bool{}
	for i, c := range x.Commitments {
		if c.ArticleID == "" {
			c.ArticleID = a.ID
		} else if c.ArticleID != a.ID {
			return res, invalidf(fmt.Sprintf("commitments[%d].article_id", i), "%q is not the article's id %q", c.ArticleID, a.ID)
		}
		for _, f := range []struct{ name, v string }{{"actor", c.Actor}, {"kind", string(c.Kind)}, {"status", string(c.Status)}, {"currency", c.Currency}, {"id", c.ID}} {
			if strings.ContainsRune(f.v, 0) {
				return res, invalidf(fmt.Sprintf("commitments[%d].%s", i, f.name), "contains a NUL byte")
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

	err := s.update(ctx, func(tx *bolt.Tx) error {
		res = SaveResult{}
		w := newTxWriter(tx)
		arts := tx.Bucket(bArticles)
		var old articleRec
		found, err := getRec(arts, a.ID, &old)
		if err != nil {
			return fmt.Errorf("store: article %s: %w", a.ID, err)
		}
		res.ArticleNew = !found
		if found {
			res.ArticleChanged, err = articleChanged(old.Article, a)
			if err != nil {
				return err
			}
		}
		dirty := false
		if !found || !articleDate(old.Article).Equal(date) || old.Article.Source != a.Source {
			if found {
				if err := deleteArticleIndex(tx, old.Article); err != nil {
					return err
				}
			}
			if err := putArticleIndex(tx, a); err != nil {
				return err
			}
			dirty = true
		}

		commits := tx.Bucket(bCommitments)
		reviews := tx.Bucket(bReviews)
		ids := make([]string, 0, len(cs))
		for _, c := range cs {
			ids = append(ids, c.ID)
			var prev *commitRec
			var p commitRec
			ok, err := getRec(commits, c.ID, &p)
			if err != nil {
				return fmt.Errorf("store: commitment %s: %w", c.ID, err)
			}
			if ok {
				prev = &p
			} else {
				res.CommitmentsNew++
			}
			rec := &commitRec{V: SchemaVersion, Machine: c, Date: date, Published: a.Published, URL: a.URL, Source: a.Source, Title: a.Title}
			var rv reviewRec
			hasReview, err := getRec(reviews, c.ID, &rv)
			if err != nil {
				return fmt.Errorf("store: review %s: %w", c.ID, err)
			}
			switch {
			case hasReview:
				rec.Review, rec.Correction = rv.State, rv.Correction
			case c.Confidence < s.threshold:
				rec.Review = news.ReviewPending
			}
			changed, err := writeCommit(w, c.ID, prev, rec)
			if err != nil {
				return err
			}
			dirty = dirty || changed
		}
		for _, id := range old.Commitments {
			if seen[id] {
				continue
			}
			var p commitRec
			ok, err := getRec(commits, id, &p)
			if err != nil {
				return fmt.Errorf("store: commitment %s: %w", id, err)
			}
			if !ok {
				continue
			}
			if p.Review == news.ReviewAccepted || p.Review == news.ReviewCorrected {
				rec := p
				rec.Stale, rec.Date, rec.Published, rec.URL, rec.Source, rec.Title = true, date, a.Published, a.URL, a.Source, a.Title
				changed, err := writeCommit(w, id, &p, &rec)
				if err != nil {
					return err
				}
				dirty = dirty || changed
				ids = append(ids, id)
				continue
			}
			if _, err := writeCommit(w, id, &p, nil); err != nil {
				return err
			}
			dirty = true
			res.CommitmentsRemoved++
		}
		rec := articleRec{V: SchemaVersion, Article: a, Extractor: x.Extractor, ExtractedAt: x.ExtractedAt, Commitments: ids}
		changed, err := putRec(arts, a.ID, &rec)
		if err != nil {
			return fmt.Errorf("store: put article: %w", err)
		}
		if !dirty && !changed {
			// Roll back: nothing to commit, no fsync.
			return errUnchanged
		}
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
