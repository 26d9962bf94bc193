window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014390920495722498"
          ],
          "editableUntil" : "2026-01-22T18:33:15.896Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "MachineLearning",
            "indices" : [
              "182",
              "198"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "198"
      ],
      "favorite_count" : "22",
      "id_str" : "2014390920495722498",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014390920495722498",
      "created_at" : "Thu Jan 22 17:33:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Tried reproducing a popular \"reasoning improvement\" method on a 7B model. Gains shrank from +8 to +2 once I matched the baseline's token budget. Compute-matched comparisons, please. #MachineLearning",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014250690486329353"
          ],
          "editableUntil" : "2026-01-22T09:16:02.545Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "江模型",
            "screen_name" : "jiang_moxing",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1326408174797710426",
            "id" : "1326408174797710426"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "217"
      ],
      "favorite_count" : "6",
      "id_str" : "2014250690486329353",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014250690486329353",
      "created_at" : "Thu Jan 22 08:16:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@jiang_moxing we see the same curve on our small models: accuracy peaks around 6-8k thinking tokens, then drops. Did you check whether the drop comes from loops or from the model talking itself out of correct answers?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2014240602402885635",
      "in_reply_to_status_id" : "2014240602402885635",
      "in_reply_to_user_id" : "1326408174797710426",
      "in_reply_to_user_id_str" : "1326408174797710426",
      "in_reply_to_screen_name" : "jiang_moxing"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014142534781108234"
          ],
          "editableUntil" : "2026-01-22T02:06:15.215Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "MachineLearning",
            "indices" : [
              "116",
              "132"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "5",
      "id_str" : "2014142534781108234",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014142534781108234",
      "created_at" : "Thu Jan 22 01:06:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Reviewed 6 papers for a conference. Two had results that disappeared when I asked for a second seed. Please, seeds. #MachineLearning",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013930026624462855"
          ],
          "editableUntil" : "2026-01-21T12:01:50.908Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "MachineLearning",
            "indices" : [
              "174",
              "190"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "190"
      ],
      "favorite_count" : "2",
      "id_str" : "2013930026624462855",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013930026624462855",
      "created_at" : "Wed Jan 21 11:01:50 +0000 2026",
      "favorited" : false,
      "full_text" : "PhD compute reality: my lab has 16 A100s shared by 23 people. Industry labs train on 100k GPUs. Academic ML has to pick problems where small compute is a feature, not a bug. #MachineLearning",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013510524137689100"
          ],
          "editableUntil" : "2026-01-20T08:14:52.995Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "183"
      ],
      "favorite_count" : "14",
      "id_str" : "2013510524137689100",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013510524137689100",
      "created_at" : "Tue Jan 20 07:14:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Paper idea I won't have time for: measure how much \"reasoning\" improvement comes from longer outputs vs better outputs at fixed token budgets. My guess: more than half is just length.",
      "lang" : "en"
    }
  }
]