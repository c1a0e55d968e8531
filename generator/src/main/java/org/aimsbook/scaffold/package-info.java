/**
 * Scaffolding: writes new content from templates, a whole content repository ({@link
 * org.aimsbook.scaffold.ContentRepository}) or one document ({@link
 * org.aimsbook.scaffold.NewDocument}). Unlike the pipeline's stages it reads the clock, on
 * purpose: the review dates it writes start on the day the content is made. It never overwrites
 * a file.
 */
package org.aimsbook.scaffold;
