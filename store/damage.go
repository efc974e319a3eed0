package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// ErrDamaged means the database file is damaged: truncated, or with pages
// that bbolt cannot read. The message says to restore a backup or run
// `pledgewatch check`.
var ErrDamaged = errors.New("the database is damaged")

// damagedf returns an error wrapping ErrDamaged with the advice.
func damagedf(path, format string, args ...any) error {
	return fmt.Errorf("store: %s: %w: %s; restore a backup or run `pledgewatch check`", path, ErrDamaged, fmt.Sprintf(format, args...))
}

// guard runs fn with memory faults turned into panics (bbolt reads the
// file through mmap: a page past the end of a truncated file raises
// SIGBUS) and turns a panic inside fn — a fault, or bbolt's own panics on
// pages it cannot decode — into an error wrapping ErrDamaged.
//
// It first checks that the file still holds both meta pages: bbolt reads
// them when it begins a transaction, holding a lock that no recovery
// releases, so a fault there would make every later transaction wait
// forever.
func (s *Store) guard(fn func() error) (err error) {
	fi, err := os.Stat(s.path)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	if fi.Size() < 2*int64(s.pageSize) {
		return damagedf(s.path, "the file is %d bytes, shorter than its two meta pages (truncated)", fi.Size())
	}
	return guardPath(s.path, fn)
}

func guardPath(path string, fn func() error) (err error) {
	old := debug.SetPanicOnFault(true)
	defer func() {
		debug.SetPanicOnFault(old)
		if r := recover(); r != nil {
			err = damagedf(path, "reading it failed (%v)", r)
		}
	}()
	return fn()
}

// checkSize reports a file shorter than the pages the database says it
// has: bbolt would fault reading past its end.
func checkSize(db *bolt.DB, path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	return db.View(func(tx *bolt.Tx) error {
		if need := tx.Size(); fi.Size() < need {
			return damagedf(path, "the file is %d bytes but the database needs %d (truncated)", fi.Size(), need)
		}
		return nil
	})
}

// Check opens the database at path read-only, without the schema checks of
// Open, and runs bbolt's consistency check over every page. It returns the
// problems found (none for a sound file) or an error when the file cannot
// be opened or checked at all. timeout bounds the wait for the file lock
// (default DefaultTimeout).
func Check(ctx context.Context, path string, timeout time.Duration) ([]string, error) {
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("store: check %s: %w", path, err)
	}
	if err := precheckFile(path); err != nil {
		return []string{err.Error()}, nil
	}
	var db *bolt.DB
	err := guardPath(path, func() error {
		var err error
		db, err = bolt.Open(path, 0o400, &bolt.Options{ReadOnly: true, Timeout: timeout})
		return err
	})
	if err != nil {
		switch {
		case errors.Is(err, ErrDamaged):
			return []string{err.Error()}, nil
		case errors.Is(err, berrors.ErrTimeout):
			return nil, fmt.Errorf("store: check %s: %w (waited %v); stop the process that holds it first", path, ErrLocked, timeout)
		}
		return []string{fmt.Sprintf("bbolt cannot open it: %v", err)}, nil
	}
	defer db.Close()
	if err := checkSize(db, path); err != nil {
		return []string{err.Error()}, nil
	}
	var problems []string
	err = guardPath(path, func() error {
		return db.View(func(tx *bolt.Tx) error {
			for err := range tx.Check() {
				problems = append(problems, err.Error())
				if ctx.Err() != nil || len(problems) >= 100 {
					break
				}
			}
			return nil
		})
	})
	if err != nil {
		problems = append(problems, err.Error())
	}
	if err := ctx.Err(); err != nil {
		return problems, fmt.Errorf("store: check %s: %w", path, err)
	}
	return problems, nil
}

// Layout of a bbolt meta page (bbolt's internal/common): a 16-byte page
// header, then magic, version, page size, flags (4 bytes each), the root
// bucket (16), the freelist page id, the high-water page id, the
// transaction id and an FNV-64a checksum of what precedes it (8 each).
const (
	metaMagic       = 0xED0CDAED
	metaOffset      = 16
	metaPageSizeOff = metaOffset + 8
	metaPgidOff     = metaOffset + 40
	metaTxidOff     = metaOffset + 48
	metaSumOff      = metaOffset + 56
)

// precheckFile reads the meta pages of an existing bbolt file and reports
// a file shorter than the pages its newest sound meta page counts, before
// bbolt maps it (reading past the end of a mapped file faults inside
// bolt.Open, where the fault cannot be recovered without leaking the file
// lock). Files too short or without the magic number are left to bbolt.
func precheckFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return nil // bbolt creates it, or reports the error
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil
	}
	head := make([]byte, metaSumOff+8)
	if _, err := f.ReadAt(head, 0); err != nil || binary.LittleEndian.Uint32(head[metaOffset:]) != metaMagic {
		return nil
	}
	pageSize := int64(binary.LittleEndian.Uint32(head[metaPageSizeOff:]))
	if pageSize < 512 || pageSize > 1<<20 {
		return nil
	}
	var best struct{ txid, pgid uint64 }
	found := false
	for i := int64(0); i < 2; i++ {
		m := make([]byte, metaSumOff+8)
		if _, err := f.ReadAt(m, i*pageSize); err != nil {
			continue
		}
		h := fnv.New64a()
		h.Write(m[metaOffset:metaSumOff])
		if binary.LittleEndian.Uint32(m[metaOffset:]) != metaMagic || h.Sum64() != binary.LittleEndian.Uint64(m[metaSumOff:]) {
			continue
		}
		txid, pgid := binary.LittleEndian.Uint64(m[metaTxidOff:]), binary.LittleEndian.Uint64(m[metaPgidOff:])
		if !found || txid > best.txid {
			best.txid, best.pgid, found = txid, pgid, true
		}
	}
	if !found {
		return damagedf(path, "both meta pages fail their checksum")
	}
	if need := int64(best.pgid) * pageSize; fi.Size() < need {
		return damagedf(path, "the file is %d bytes but the database needs %d (truncated)", fi.Size(), need)
	}
	return nil
}
