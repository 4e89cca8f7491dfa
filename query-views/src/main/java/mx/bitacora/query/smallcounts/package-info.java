/**
 * Small counts withheld from compliance reviewers: a count of referrals or victims from 1 to 4
 * shown as "<5", with complementary suppression so that no withheld count can be recovered from the
 * totals and the other counts shown beside it.
 */
package mx.bitacora.query.smallcounts;
