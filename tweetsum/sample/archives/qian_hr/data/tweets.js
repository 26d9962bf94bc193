window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014318885918208001"
          ],
          "editableUntil" : "2026-01-22T13:47:01.579Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "就业",
            "indices" : [
              "65",
              "68"
            ]
          },
          {
            "text" : "AI",
            "indices" : [
              "69",
              "72"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "48",
      "id_str" : "2014318885918208001",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2014318885918208001",
      "created_at" : "Thu Jan 22 12:47:01 +0000 2026",
      "favorited" : false,
      "full_text" : "今年校招观察：大厂对“AI 应用”方向的岗位需求涨了一倍多，但传统后端和测试岗缩招明显。应届生最好有一两个真实的 AI 项目经历。#就业 #AI",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014235292663615499"
          ],
          "editableUntil" : "2026-01-22T08:14:51.155Z",
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
        "50"
      ],
      "favorite_count" : "8",
      "id_str" : "2014235292663615499",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014235292663615499",
      "created_at" : "Thu Jan 22 07:14:51 +0000 2026",
      "favorited" : false,
      "full_text" : "今年招聘季最明显的变化：越来越多的公司在笔试里允许用 AI，但面试时会让候选人现场解释代码的每一行。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014114400365613071"
          ],
          "editableUntil" : "2026-01-22T00:14:28.791Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "就业",
            "indices" : [
              "59",
              "62"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "4",
      "id_str" : "2014114400365613071",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014114400365613071",
      "created_at" : "Wed Jan 21 23:14:28 +0000 2026",
      "favorited" : false,
      "full_text" : "客服和数据标注岗位的招聘量在下降，但“AI 训练师”“提示词工程师”这类岗位的薪资也在回落。新岗位的溢价期比想象中短。#就业",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014079970721570820"
          ],
          "editableUntil" : "2026-01-21T21:57:39.988Z",
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
        "58"
      ],
      "favorite_count" : "3",
      "id_str" : "2014079970721570820",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014079970721570820",
      "created_at" : "Wed Jan 21 20:57:39 +0000 2026",
      "favorited" : false,
      "full_text" : "面试了二十多个候选人，发现一个规律：会用 AI 工具的很多，能说清楚 AI 哪里会出错的很少。后者才是我们想要的人。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014057000594755598"
          ],
          "editableUntil" : "2026-01-21T20:26:22.736Z",
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
            "name" : "Jonah Reyes",
            "screen_name" : "jobs_jonah",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "554687800",
            "id" : "554687800"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "0",
      "id_str" : "2014057000594755598",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2014057000594755598",
      "created_at" : "Wed Jan 21 19:26:22 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @jobs_jonah: New data on entry-level hiring: postings for junior software roles are down ~28% from 2023, while senior postings are…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013730405394677762"
          ],
          "editableUntil" : "2026-01-20T22:48:36.217Z",
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
        "26"
      ],
      "favorite_count" : "13",
      "id_str" : "2013730405394677762",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013730405394677762",
      "created_at" : "Tue Jan 20 21:48:36 +0000 2026",
      "favorited" : false,
      "full_text" : "周末去看了场 CBA，主队最后三秒绝杀，全场都疯了。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013714792468205575"
          ],
          "editableUntil" : "2026-01-20T21:46:34.322Z",
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
        "50"
      ],
      "favorite_count" : "20",
      "id_str" : "2013714792468205575",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013714792468205575",
      "created_at" : "Tue Jan 20 20:46:34 +0000 2026",
      "favorited" : false,
      "full_text" : "有 HR 同行用 AI 筛简历，结果发现模型偏好某几所学校的毕业生。用 AI 招聘一定要做偏差审计。",
      "lang" : "zh"
    }
  }
]