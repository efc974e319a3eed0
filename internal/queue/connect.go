package queue

import (
	"errors"
	"fmt"
	"io"
	"net"
	neturl "net/url"
	"strings"

	"github.com/nats-io/nats.go"
)

// autoReplicas is the replica count for Config.Replicas 0: 3 when the
// server belongs to a cluster of at least 3 servers, else 1.
func autoReplicas(nc *nats.Conn) int {
	if nc.ConnectedClusterName() != "" && len(nc.Servers()) >= 3 {
		return 3
	}
	return 1
}

// connectRetryable reports whether a failed connect may succeed later
// (the server not up yet); authorization and TLS errors will not.
func connectRetryable(err error) bool {
	var op *net.OpError
	return errors.Is(err, nats.ErrNoServers) || errors.As(err, &op) || errors.Is(err, io.EOF)
}

// redactURL drops user information from a server URL list for messages.
func redactURL(urls string) string {
	var out []string
	for _, s := range strings.Split(urls, ",") {
		if u, err := neturl.Parse(strings.TrimSpace(s)); err == nil && u.User != nil {
			u.User = nil
			s = u.String()
		}
		out = append(out, s)
	}
	return strings.Join(out, ",")
}

// replicaHint adds advice to an error creating a stream with more
// replicas than the server has peers.
func (q *Queue) replicaHint(err error) error {
	if q.replicas <= 1 {
		return err
	}
	msg := strings.ToLower(err.Error())
	if strings.Contains(msg, "replicas") || strings.Contains(msg, "peers") || strings.Contains(msg, "insufficient resources") || strings.Contains(msg, "clustered") {
		return fmt.Errorf("%w (nats.replicas is %d: the JetStream cluster needs at least that many servers; set nats.replicas to 1 for a single server)", err, q.replicas)
	}
	return err
}

// Replicas returns how many copies the streams and the KV bucket are
// configured to keep (Config.Replicas, or what Open chose for 0).
func (q *Queue) Replicas() int { return q.replicas }
