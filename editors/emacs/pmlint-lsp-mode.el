;;; pmlint-lsp-mode.el --- pmlint for Markdown postmortems through lsp-mode  -*- lexical-binding: t; -*-

;; pmlint-lsp must be on `exec-path' (Emacs's copy of PATH), or set `pmlint-lsp-command'.
;; pmlint runs as an add-on server, beside any other Markdown server lsp-mode starts.

;;; Code:

(require 'lsp-mode)

(defgroup pmlint nil "The pmlint postmortem linter." :group 'lsp-mode)

(defcustom pmlint-lsp-command '("pmlint-lsp" "--stdio")
  "The pmlint language server and its arguments."
  :type '(repeat string))

(defcustom pmlint-profile nil
  "Lint every postmortem with this profile (\"internal\", \"external\" or your own).
nil lets each document's front matter, then .pmlint.json, decide."
  :type '(choice (const :tag "From the document" nil) string))

;; Answers the server's workspace/configuration request for the "pmlint" section.
(lsp-register-custom-settings '(("pmlint.profile" pmlint-profile)))

(add-to-list 'lsp-language-id-configuration '(markdown-mode . "markdown"))
(add-to-list 'lsp-language-id-configuration '(gfm-mode . "markdown"))

(lsp-register-client
 (make-lsp-client
  :new-connection (lsp-stdio-connection (lambda () pmlint-lsp-command))
  :activation-fn (lsp-activate-on "markdown")
  :server-id 'pmlint
  :add-on? t
  :initialized-fn (lambda (workspace)
                    (with-lsp-workspace workspace
                      (lsp--set-configuration (lsp-configuration-section "pmlint"))))))

(add-hook 'markdown-mode-hook #'lsp-deferred)
(add-hook 'gfm-mode-hook #'lsp-deferred)

(provide 'pmlint-lsp-mode)
;;; pmlint-lsp-mode.el ends here
