# pmlint for Markdown postmortems in Kakoune, through kakoune-lsp (v17 or later, which reads
# its servers from the lsp_servers option). Source this file from your kakrc after kakoune-lsp.
hook global WinSetOption filetype=markdown %{
    set-option window lsp_servers %{
        [pmlint]
        command = "pmlint-lsp"
        args = ["--stdio"]
        root_globs = [".pmlint.json", ".git"]
        settings_section = "pmlint"
        [pmlint.settings.pmlint]
        # profile = "external"
    }
    lsp-enable-window
}
