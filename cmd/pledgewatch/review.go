package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/amount"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

func runReview(ctx context.Context, e env, args []string) error {
	const usage = "list|accept|reject|correct|undo --config FILE [flags] [ID...]"
	const desc = `
Reviews low-confidence extractions.

  list                 the review queue, lowest confidence first
  accept ID...         mark commitments accepted
  reject ID...         mark commitments rejected (they leave queries and totals)
  correct ID [fields]  override fields (--actor, --kind, --troops, --amount,
                       --currency, --item, --count, --qualifier, --status,
                       --recipient) and mark the commitment corrected
  undo ID...           revert the last decision on each commitment

IDs may be shortened to a unique prefix of at least 4 characters.

Every action is recorded in the audit log with --who (default $USER) and
--note. Works while 'pledgewatch run' holds the database: it then asks the
running process over its HTTP API.`
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		fs := newFlagSet(e, "review", usage, desc)
		fs.Usage()
		if len(args) == 0 {
			return usagef("review: missing action: list, accept, reject, correct or undo")
		}
		return flag.ErrHelp
	}
	action, args := args[0], args[1:]
	switch action {
	case "list":
		return reviewList(ctx, e, args)
	case "accept", "reject", "correct", "undo":
		return reviewAct(ctx, e, action, args)
	}
	return usagef("review: unknown action %q: want list, accept, reject, correct or undo", action)
}

func reviewList(ctx context.Context, e env, args []string) error {
	fs := newFlagSet(e, "review list", "--config FILE [--limit N] [--format table|jsonl]",
		"Prints pending commitments, lowest confidence first, and how many remain.")
	cfgPath := fs.String("config", "", "configuration `file` (YAML)")
	limit := fs.Int("limit", 50, "print at most `N` (1…1000)")
	format := fs.String("format", "table", "output `format`: table or jsonl")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("review list: unexpected argument %q", fs.Arg(0))
	}
	if *limit < 1 || *limit > store.MaxLimit {
		return usagef("--limit: must be between 1 and %d", store.MaxLimit)
	}
	if err := checkFormat(*format, "table", "jsonl"); err != nil {
		return err
	}
	db, closeDB, err := openLedger(e, *cfgPath, false)
	if err != nil {
		return err
	}
	defer closeDB()
	page, err := db.ReviewQueue(ctx, store.QueueQuery{Limit: *limit})
	if err != nil {
		return fmt.Errorf("review list: %w", asUsage(err))
	}
	if *format == "jsonl" {
		enc := json.NewEncoder(e.stdout)
		for _, c := range page.Items {
			if err := enc.Encode(c); err != nil {
				return err
			}
		}
		return nil
	}
	fmt.Fprintf(e.stdout, "%d pending\n", page.Remaining)
	if len(page.Items) == 0 {
		return nil
	}
	rows := make([][]string, len(page.Items))
	for i, c := range page.Items {
		rows[i] = []string{fmt.Sprintf("%.2f", c.Confidence), c.ID, oneLine(c.Actor, 20), string(c.Kind),
			oneLine(c.Value(), 40), string(c.Status), frameRule(c.Rules), c.Evidence}
	}
	printTable(e.stdout, termWidth(e, e.stdout), []string{"CONF", "ID", "ACTOR", "KIND", "VALUE", "STATUS", "RULE", "EVIDENCE"}, rows, page.Items)
	return nil
}

// correctionFlags are the fields 'review correct' may override; only the
// flags given on the command line become part of the correction.
type correctionFlags struct {
	actor, kind, troops, amount, currency, item, count, qualifier, status, recipient string
}

func (c *correctionFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.actor, "actor", "", "correct the actor: ISO alpha-2 `code`, EU, NATO or group:<name>")
	fs.StringVar(&c.kind, "kind", "", "correct the `kind`: troops, money, equipment or support")
	fs.StringVar(&c.troops, "troops", "", "correct the number of troops")
	fs.StringVar(&c.amount, "amount", "", "correct the amount of money: 2,500, 1.2 billion, €1.2bn (a currency sets --currency)")
	fs.StringVar(&c.currency, "currency", "", "correct the currency `code`")
	fs.StringVar(&c.item, "item", "", "correct the equipment or support item")
	fs.StringVar(&c.count, "count", "", "correct the item count")
	fs.StringVar(&c.qualifier, "qualifier", "", "correct the qualifier (\"up to\", \"about\" …)")
	fs.StringVar(&c.status, "status", "", "correct the `status`: pledged, delivered, considering or declined")
	fs.StringVar(&c.recipient, "recipient", "", "correct the recipient `code`")
}

// correction builds the store.Correction of the flags set in fs.
func (c *correctionFlags) correction(fs *flag.FlagSet) (store.Correction, error) {
	var k store.Correction
	var err error
	fs.Visit(func(f *flag.Flag) {
		if err != nil {
			return
		}
		v := f.Value.String()
		switch f.Name {
		case "actor", "recipient":
			code, _, rerr := resolveCountry(f.Name, v)
			if rerr != nil {
				err = rerr
			}
			if f.Name == "actor" {
				k.Actor = &code
			} else {
				k.Recipient = &code
			}
		case "currency":
			k.Currency = &v
		case "item":
			k.Item = &v
		case "qualifier":
			k.Qualifier = &v
		case "kind":
			kind := news.Kind(v)
			if !kind.Valid() {
				err = usagef("--kind: %q is not one of %v", v, news.Kinds())
			}
			k.Kind = &kind
		case "status":
			st := news.Status(v)
			if !st.Valid() {
				err = usagef("--status: %q is not one of %v", v, news.Statuses())
			}
			k.Status = &st
		case "troops", "count":
			n, perr := strconv.ParseInt(strings.ReplaceAll(v, ",", ""), 10, 64)
			if perr != nil || n < 0 {
				err = usagef("--%s: %q is not a whole non-negative number", f.Name, v)
			}
			if f.Name == "troops" {
				k.Troops = &n
			} else {
				k.Count = &n
			}
		case "amount":
			a, cur, perr := amount.Parse(v)
			if perr != nil {
				err = usageError{fmt.Errorf("--amount: %w", perr)}
			}
			k.Amount = &a
			if cur != "" && c.currency == "" {
				k.Currency = &cur
			}
		}
	})
	return k, err
}

func reviewAct(ctx context.Context, e env, action string, args []string) error {
	fs := newFlagSet(e, "review "+action, "--config FILE [--who NAME] [--note TEXT] ID...", "Records a review decision on each commitment ID.")
	cfgPath := fs.String("config", "", "configuration `file` (YAML)")
	who := fs.String("who", "", "reviewer `name` for the audit log (default $USER)")
	note := fs.String("note", "", "`text` for the audit log")
	var cf correctionFlags
	if action == "correct" {
		cf.register(fs)
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	ids := fs.Args()
	if len(ids) == 0 {
		return usagef("review %s: missing commitment ID (see 'pledgewatch review list')", action)
	}
	var fields store.Correction
	if action == "correct" {
		if len(ids) != 1 {
			return usagef("review correct: one commitment ID at a time")
		}
		var err error
		if fields, err = cf.correction(fs); err != nil {
			return err
		}
		if fields == (store.Correction{}) {
			return usagef("review correct: give at least one field to correct (--actor, --amount, --status …)")
		}
	}
	if *who == "" {
		*who = e.getenv("USER")
	}
	if *who == "" {
		*who = "cli"
	}
	db, closeDB, err := openLedger(e, *cfgPath, true)
	if err != nil {
		return err
	}
	defer closeDB()
	for _, arg := range ids {
		id, err := resolveID(ctx, db, arg)
		if err != nil {
			return fmt.Errorf("review %s %s: %w", action, arg, err)
		}
		var c news.Commitment
		switch action {
		case "accept":
			c, err = db.Accept(ctx, id, *who, *note)
		case "reject":
			c, err = db.Reject(ctx, id, *who, *note)
		case "undo":
			c, err = db.Undo(ctx, id, *who, *note)
		default:
			c, err = db.Correct(ctx, id, *who, fields, *note)
		}
		if err != nil {
			return fmt.Errorf("review %s %s: %w", action, id, asUsage(err))
		}
		state := string(c.Review)
		if state == "" {
			state = "unreviewed"
		}
		fmt.Fprintf(e.stdout, "%s %s: %s %s %s (%s)\n", state, c.ID, c.Actor, c.Kind, c.Value(), c.Status)
	}
	return nil
}

// frameRule is the rule that linked a commitment's actor and value (the
// first of its rule ids), or "-" for a commitment without rule ids (one
// entered by hand).
func frameRule(rules []string) string {
	if len(rules) == 0 {
		return "-"
	}
	return rules[0]
}

// minPrefix is the shortest commitment id prefix resolveID looks up.
const minPrefix = 4

// resolveID returns the commitment id that arg names: the id itself, or,
// as git does with commits, a unique prefix of one (at least minPrefix hex
// digits). An ambiguous prefix is a usage error listing the candidates.
func resolveID(ctx context.Context, db ledgerDB, arg string) (string, error) {
	id := strings.ToLower(strings.TrimSpace(arg))
	if _, err := db.Commitment(ctx, id); err == nil {
		return id, nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return "", asUsage(err)
	}
	notFound := fmt.Errorf("no commitment has the id %q (see 'pledgewatch review list' or 'pledgewatch query --review all'): %w", arg, store.ErrNotFound)
	if len(id) < minPrefix || strings.Trim(id, "0123456789abcdef") != "" {
		if len(id) < minPrefix && strings.Trim(id, "0123456789abcdef") == "" {
			return "", usagef("%q is too short to find a commitment: give at least %d characters of its id", arg, minPrefix)
		}
		return "", notFound
	}
	var matches []string
	q := store.Query{Review: store.ReviewAll, Limit: store.MaxLimit}
	for {
		page, err := db.Commitments(ctx, q)
		if err != nil {
			return "", asUsage(err)
		}
		for _, c := range page.Items {
			if strings.HasPrefix(c.ID, id) && !slices.Contains(matches, c.ID) {
				matches = append(matches, c.ID)
			}
		}
		if page.Next == "" {
			break
		}
		q.Cursor = page.Next
	}
	switch len(matches) {
	case 0:
		return "", notFound
	case 1:
		return matches[0], nil
	}
	slices.Sort(matches)
	n := len(matches)
	if n > 5 {
		matches = append(matches[:5], "…")
	}
	return "", usagef("%q is the start of %d commitment ids (%s): give more characters", arg, n, strings.Join(matches, ", "))
}
