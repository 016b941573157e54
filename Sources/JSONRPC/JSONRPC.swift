/// JSON-RPC 2.0 over `Content-Length` framed byte streams.
