import LintEngine
import LSPTypes
import JSONRPC
