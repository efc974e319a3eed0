package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Sentinel errors. Errors returned by the Store wrap one of these when the
// condition applies; test with errors.Is.
var (
	// ErrNotFound means the requested article, commitment or run does not exist.
	ErrNotFound = errors.New("not found")
	// ErrLocked means the database file is held by another process (or
	// another Store in this process): bbolt's file lock was not granted
	// within Options.Timeout.
	ErrLocked = errors.New("database locked by another process")
	// ErrInvalid means a parameter is invalid; the error message names it.
	ErrInvalid = errors.New("invalid parameter")
	// ErrNotDatabase means the file exists but is not a bbolt database, or
	// is a bbolt database that is not a pledgewatch store.
	ErrNotDatabase = errors.New("not a pledgewatch database")
	// ErrSchema means the database was written by an incompatible version
	// of pledgewatch (its schema version is not SchemaVersion).
	ErrSchema = errors.New("unsupported schema version")
	// ErrReadOnly means a write method was called on a Store opened with
	// Options.ReadOnly.
	ErrReadOnly = errors.New("store is read-only")
)

// SchemaVersion is the version of the on-disk layout this package reads and
// writes. It is kept in the meta bucket and in the "v" field of every value.
const SchemaVersion = 1

// pageSize is the page size of a new file. A write transaction rewrites
// every page it changes, and a batch of new articles changes keys all
// over the indexes (their dates are spread out). With 16 KiB pages, four
// times bbolt's default, a batch of 100 articles into 10,000 commitments
// writes 850 pages instead of 1,900 (more bytes, but fewer splits and
// less work per page): about 10% less CPU per stored article, and no
// change for articles stored in date order, which change few pages. A
// file keeps the page size it was created with.
const pageSize = 16 << 10

// Defaults applied by Open to zero Options fields.
const (
	DefaultTimeout         = time.Second
	DefaultReviewThreshold = 0.55
)

// Options configures Open. The zero value is valid.
type Options struct {
	// ReadOnly opens the database with a shared lock: several read-only
	// Stores may share a file, but not with a writer. Write methods return
	// ErrReadOnly.
	ReadOnly bool
	// Timeout is how long Open waits for the file lock; default 1s. On
	// timeout Open returns an error wrapping ErrLocked.
	Timeout time.Duration
	// ReviewThreshold: commitments whose confidence is below it start as
	// news.ReviewPending, the others as news.ReviewNone. Default 0.5.
	// A negative value puts nothing in review.
	ReviewThreshold float64
	// Now returns the current time, for audit entries; default time.Now.
	Now func() time.Time
	// Rates converts money totals to EUR; default DefaultRates().
	Rates *RateTable
	// NoSync skips fsync after each commit (tests and benchmarks only: a
	// crash may then lose or corrupt data).
	NoSync bool
	// Log receives progress messages of a schema upgrade (see Open);
	// default: none.
	Log *slog.Logger
}

// Store is a pledgewatch database. Its methods are safe for concurrent use;
// bbolt serializes writers and lets readers run alongside them.
type Store struct {
	db        *bolt.DB
	path      string
	pageSize  int // of the file (see guard)
	readOnly  bool
	threshold float64
	now       func() time.Time
	rates     *RateTable
	ledgers   ledgerCache
	// broken is set when a write transaction failed on damage: bbolt may
	// still hold its writer lock, so the Store refuses further writes and
	// Close leaves the file to the process's exit.
	broken atomic.Bool
	// derived is false when the structures kept on write are missing or
	// out of date (a read-only Open of a file written by an older
	// version): Ledger and Totals then compute from the commitments.
	derived atomic.Bool
}

// Bucket names.
var (
	bMeta        = []byte("meta")
	bArticles    = []byte("articles")     // article id → articleRec
	bCommitments = []byte("commitments")  // commitment id → commitRec
	bReviews     = []byte("reviews")      // commitment id → reviewRec (human decisions; survive re-extraction)
	bAudit       = []byte("audit")        // seq (8 bytes BE) → AuditEntry
	bAuditByID   = []byte("audit_by_id")  // commitment id | seq → nil
	bRuns        = []byte("runs")         // run id → news.Run (versioned)
	bRunsByTime  = []byte("runs_by_time") // started key | run id → nil
	bArtDate     = []byte("idx_art_date") // date key | article id → nil
	bArtSource   = []byte("idx_art_source")
	bQueue       = []byte("idx_queue") // confidence key | commitment id → nil (pending only)

	// The equality filters and the date order of commitments are served
	// by the word index (idx_word, see fieldWords). These names identify
	// the filters; files of derived version 6 and older hold them as
	// buckets of their own (value 0x00 date key | commitment id → nil),
	// which a read-only Open of such a file still reads and the upgrade
	// deletes.
	bDate     = []byte("idx_date")
	bActor    = []byte("idx_actor")
	bKind     = []byte("idx_kind")
	bStatus   = []byte("idx_status")
	bReview   = []byte("idx_review")
	bSource   = []byte("idx_source")
	bCurrency = []byte("idx_currency")

	legacyBuckets = [][]byte{bDate, bActor, bKind, bStatus, bReview, bSource, bCurrency}

	allBuckets = append([][]byte{bMeta, bArticles, bCommitments, bReviews, bAudit, bAuditByID, bRuns, bRunsByTime,
		bArtDate, bArtSource, bQueue}, derivedBuckets...)

	keySchema = []byte("schema")
)

// Open opens or creates the store at path. Only one writer may hold the
// file: a second Open waits Options.Timeout and then fails with ErrLocked.
// A file that is not a pledgewatch database gives ErrNotDatabase; one
// written by another schema version gives ErrSchema; a truncated file, or
// one whose meta pages fail their checksums, gives ErrDamaged (as do the
// methods that come upon an unreadable page later). A read-only Open of a
// file that does not exist fails (wrapping fs.ErrNotExist).
func Open(path string, opts Options) (*Store, error) {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.ReviewThreshold == 0 {
		opts.ReviewThreshold = DefaultReviewThreshold
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Rates == nil {
		opts.Rates = DefaultRates()
	}
	if opts.ReadOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("store: open %s: %w", path, err)
		}
	}
	if err := precheckFile(path); err != nil {
		return nil, err
	}
	var db *bolt.DB
	err := guardPath(path, func() error {
		var err error
		db, err = bolt.Open(path, 0o600, &bolt.Options{
			Timeout:  opts.Timeout,
			ReadOnly: opts.ReadOnly,
			NoSync:   opts.NoSync,
			// The hashmap freelist allocates in constant time; the
			// default array scans the whole free list on every
			// allocation, which a large file's batches pay per page.
			FreelistType: bolt.FreelistMapType,
			PageSize:     pageSize,
		})
		return err
	})
	if err != nil {
		switch {
		case errors.Is(err, ErrDamaged):
			return nil, err
		case errors.Is(err, berrors.ErrChecksum):
			return nil, damagedf(path, "both meta pages fail their checksum (%v)", err)
		case errors.Is(err, berrors.ErrTimeout):
			return nil, fmt.Errorf("store: open %s: %w (waited %v): %w", path, ErrLocked, opts.Timeout, err)
		case errors.As(err, new(*fs.PathError)), errors.Is(err, syscall.EACCES), errors.Is(err, syscall.EROFS):
			return nil, fmt.Errorf("store: open %s: %w", path, err)
		}
		// bbolt's other open errors (ErrInvalid, ErrChecksum, ErrVersionMismatch,
		// "file size too small") say the file is not a bbolt database.
		return nil, fmt.Errorf("store: open %s: %w: %w", path, ErrNotDatabase, err)
	}
	if err := guardPath(path, func() error { return checkSize(db, path) }); err != nil {
		db.Close()
		return nil, err
	}
	s := &Store{db: db, path: path, pageSize: db.Info().PageSize, readOnly: opts.ReadOnly, threshold: opts.ReviewThreshold, now: opts.Now, rates: opts.Rates}
	if err := s.guard(s.init); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.upgrade(opts.Log); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// init creates the buckets of a new database, or checks the schema version
// of an existing one.
func (s *Store) init() error {
	check := func(tx *bolt.Tx) (fresh bool, err error) {
		meta := tx.Bucket(bMeta)
		if meta == nil {
			empty := true
			tx.ForEach(func([]byte, *bolt.Bucket) error { empty = false; return nil })
			if !empty {
				return false, fmt.Errorf("store: open %s: %w: no meta bucket", s.path, ErrNotDatabase)
			}
			return true, nil
		}
		v := meta.Get(keySchema)
		n, err := strconv.Atoi(string(v))
		if err != nil {
			return false, fmt.Errorf("store: open %s: %w: bad schema key %q", s.path, ErrNotDatabase, v)
		}
		if n != SchemaVersion {
			return false, fmt.Errorf("store: open %s: %w: database has schema %d, this build reads %d", s.path, ErrSchema, n, SchemaVersion)
		}
		return false, nil
	}
	if s.readOnly {
		return s.db.View(func(tx *bolt.Tx) error {
			fresh, err := check(tx)
			if err == nil && fresh {
				err = fmt.Errorf("store: open %s: %w: empty database (open it read-write once first)", s.path, ErrNotDatabase)
			}
			return err
		})
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		fresh, err := check(tx)
		if err != nil {
			return err
		}
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("store: create bucket %s: %w", name, err)
			}
		}
		if fresh {
			if err := tx.Bucket(bMeta).Put(keyDerived, []byte(strconv.Itoa(derivedVersion))); err != nil {
				return err
			}
			return tx.Bucket(bMeta).Put(keySchema, []byte(strconv.Itoa(SchemaVersion)))
		}
		return nil
	})
}

// Close releases the database file. The Store must not be used afterwards.
func (s *Store) Close() error {
	if s.broken.Load() {
		return damagedf(s.path, "a write failed on it; the file is released when the process exits")
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}

// Path returns the file the store was opened from.
func (s *Store) Path() string { return s.path }

// update runs fn in a write transaction, after checking ctx and ReadOnly.
func (s *Store) update(ctx context.Context, fn func(tx *bolt.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	if s.readOnly {
		return fmt.Errorf("store: %w", ErrReadOnly)
	}
	if s.broken.Load() {
		return damagedf(s.path, "an earlier write failed on it")
	}
	err := s.guard(func() error { return s.db.Update(fn) })
	if errors.Is(err, ErrDamaged) {
		s.broken.Store(true)
	}
	return err
}

// view runs fn in a read transaction after checking ctx.
func (s *Store) view(ctx context.Context, fn func(tx *bolt.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	return s.guard(func() error { return s.db.View(fn) })
}

// invalidf returns an error wrapping ErrInvalid that names the parameter.
func invalidf(param, format string, args ...any) error {
	return fmt.Errorf("store: %w %s: %s", ErrInvalid, param, fmt.Sprintf(format, args...))
}
